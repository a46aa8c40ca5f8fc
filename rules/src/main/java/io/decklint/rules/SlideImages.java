package io.decklint.rules;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.decklint.deck.Slide;
import io.decklint.markdown.InlineImage;
import io.decklint.markdown.LinkSyntax;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images on one slide as HedgeDoc sees them: Markdown images (inline, with HackMD's size suffix, or by
 * reference), {@code <img>} tags in raw HTML, and {@code ![} markup that HedgeDoc will show as text. Code and
 * HTML comments hold no images. Offsets are into the deck.
 */
final class SlideImages {
    private static final Pattern IMG_TAG = Pattern.compile("<img(?=[\\s/>])((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);

    /**
     * An image source as written.
     *
     * @param markup the whole image (Markdown image or {@code <img>} tag)
     * @param value where the source is written, without angle brackets or quotes; for a reference image, in
     *     its definition
     * @param source the source with escapes and character references resolved
     * @param markdown true for Markdown images, whose source may not hold spaces
     */
    record Use(TextRange markup, TextRange value, String source, boolean markdown) {}

    /** {@code ![} markup that is not an image, from {@code ![} to where {@code limit}'s block ends. */
    record Broken(int start, int labelEnd, int limit) {}

    /** An {@code <img>} without a {@code src}. */
    record Sourceless(TextRange tag) {}

    private final Slide slide;
    private final String text;
    private final List<TextRange> noMarkdown = new ArrayList<>();
    private final Map<String, Reference> definitions = new HashMap<>();
    final List<Use> uses = new ArrayList<>();
    final List<Broken> broken = new ArrayList<>();
    final List<Sourceless> sourceless = new ArrayList<>();

    private SlideImages(Slide slide) {
        this.slide = slide;
        this.text = slide.text();
    }

    static SlideImages of(Slide slide) {
        SlideImages images = new SlideImages(slide);
        if (mayHoldImages(slide.text())) {
            images.read();
        }
        return images;
    }

    /** Whether the text has "![" or "<img" in it: most slides have neither, and need no look at their Markdown. */
    private static boolean mayHoldImages(String text) {
        if (text.contains("![")) {
            return true;
        }
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            if (text.regionMatches(true, at + 1, "img", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private void read() {
        for (Node node : slide.ast().getDescendants()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof AutoLink || node instanceof MailLink || node instanceof Reference) {
                noMarkdown.add(range(node));
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                noMarkdown.add(range(node));
                if (!(node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment)) {
                    readTags(node);
                }
            }
            if (node instanceof Reference reference) {
                definitions.putIfAbsent(LinkSyntax.normalizeLabel(reference.getReference()), reference);
            }
        }
        readMarkdown();
        uses.sort(Comparator.comparingInt(use -> use.markup().start()));
    }

    private void readMarkdown() {
        int from = 0;
        while (true) {
            int start = text.indexOf("![", from);
            if (start < 0) {
                return;
            }
            from = start + 2;
            if (inside(noMarkdown, start) || escaped(start)) {
                continue;
            }
            int limit = blockEnd(start);
            InlineImage image = InlineImage.parse(text, start, limit).orElse(null);
            if (image != null) {
                uses.add(new Use(deck(image.range()), deck(unbracketed(image.destination())), image.source(), true));
                from = image.range().end();
                continue;
            }
            int labelEnd = LinkSyntax.labelEnd(text, start + 1, limit);
            if (labelEnd < 0) {
                continue;
            }
            Reference definition = referenceFor(start, labelEnd, limit);
            if (definition != null) {
                BasedSequence url = definition.getUrl();
                TextRange value = url.isNull() ? TextRange.at(definition.getStartOffset())
                        : new TextRange(url.getStartOffset(), url.getEndOffset());
                uses.add(new Use(deck(new TextRange(start, labelEnd + 1)), deck(value),
                        LinkSyntax.unescape(url), true));
            } else if (!text.startsWith("^", start + 2)) {
                broken.add(new Broken(slide.deckOffset(start), slide.deckOffset(labelEnd), slide.deckOffset(limit)));
            }
        }
    }

    /** The definition a reference image uses, {@code ![alt][label]}, {@code ![alt][]} or {@code ![alt]}, if any. */
    private Reference referenceFor(int start, int labelEnd, int limit) {
        if (labelEnd + 1 < limit && text.charAt(labelEnd + 1) == '(') {
            return null;
        }
        String label = text.substring(start + 2, labelEnd);
        int next = LinkSyntax.skipSpaces(text, labelEnd + 1, limit);
        if (next < limit && text.charAt(next) == '[') {
            int end = LinkSyntax.labelEnd(text, next, limit);
            if (end > next + 1) {
                label = text.substring(next + 1, end);
            }
        }
        return definitions.get(LinkSyntax.normalizeLabel(label));
    }

    private void readTags(Node node) {
        String html = node.getChars().toString();
        StringBuilder blanked = new StringBuilder(html);
        Matcher comment = COMMENT.matcher(html);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        Matcher tag = IMG_TAG.matcher(blanked);
        while (tag.find()) {
            int base = node.getStartOffset();
            TextRange markup = deck(new TextRange(base + tag.start(), base + tag.end()));
            Matcher attribute = ATTRIBUTE.matcher(blanked);
            attribute.region(tag.start(1), tag.end(1));
            boolean found = false;
            while (attribute.find() && !found) {
                if (attribute.group(1).equalsIgnoreCase("src")) {
                    found = true;
                    int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 4;
                    TextRange value = attribute.group(group) == null
                            ? TextRange.at(base + attribute.end())
                            : new TextRange(base + attribute.start(group), base + attribute.end(group));
                    uses.add(new Use(markup, deck(value), LinkSyntax.decodeEntities(value.of(text)),
                            false));
                }
            }
            if (!found) {
                sourceless.add(new Sourceless(markup));
            }
        }
    }

    /** Where the Markdown block that holds {@code offset} ends; a table row ends at its line's end. */
    private int blockEnd(int offset) {
        Node innermost = null;
        for (Node node : slide.ast().getDescendants()) {
            if (node instanceof Block && node.getStartOffset() <= offset && offset < node.getEndOffset()
                    && (innermost == null || node.getTextLength() < innermost.getTextLength())) {
                innermost = node;
            }
        }
        if (innermost instanceof TableBlock) {
            int lineEnd = offset;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            return lineEnd;
        }
        return innermost == null ? text.length() : innermost.getEndOffset();
    }

    private boolean escaped(int offset) {
        int backslashes = 0;
        while (offset - backslashes > 0 && text.charAt(offset - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private TextRange unbracketed(TextRange destination) {
        if (destination.length() >= 2 && text.charAt(destination.start()) == '<') {
            return new TextRange(destination.start() + 1, destination.end() - 1);
        }
        return destination;
    }

    private static TextRange range(Node node) {
        return new TextRange(node.getStartOffset(), node.getEndOffset());
    }

    private TextRange deck(TextRange slideRange) {
        return slideRange.shift(slide.range().start());
    }

    private static boolean inside(List<TextRange> ranges, int offset) {
        return ranges.stream().anyMatch(r -> r.contains(offset));
    }
}
