package io.decklint.rules;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Slide;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the audience reads in a heading: its text without raw HTML ({@code <font color=…>}), emphasis
 * markers, link targets, images and emoji shortcodes, so that headings can be compared by their words.
 */
public final class HeadingText {
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<\\s*/?\\s*br\\s*/?\\s*>", Pattern.CASE_INSENSITIVE);
    // HedgeDoc renders :name: shortcodes as pictures (markdown-it-emoji in public/js/extra.js): not words.
    private static final Pattern EMOJI_SHORTCODE = Pattern.compile(":[A-Za-z0-9_+-]+:");

    private HeadingText() {}

    /** The first heading the audience sees on the slide, outside speaker notes and comments. */
    public static Optional<Heading> firstHeading(Slide slide) {
        return slide.visibleBlocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .findFirst();
    }

    /** The heading's visible words, with runs of white space made single spaces. */
    public static String visible(Heading heading) {
        StringBuilder out = new StringBuilder();
        appendVisible(heading, out);
        CharSequence words = out.indexOf(":") < 0 ? out : EMOJI_SHORTCODE.matcher(out).replaceAll(" ");
        return collapseSpaces(words);
    }

    /**
     * The form two headings are compared in: visible words, lower case, without leading decoration (an emoji,
     * a bullet, a dash) so that "🚀 Team IaaS" still starts with "Team IaaS".
     */
    public static String comparable(String visibleText) {
        String text = collapseSpaces(visibleText).toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        return text.substring(start);
    }

    /**
     * True when {@code heading} starts with {@code name} as whole words: "team ops - zuul" starts with
     * "team ops", "team opsec" does not. Both are in {@link #comparable} form.
     */
    public static boolean startsWithWords(String heading, String name) {
        if (name.isEmpty() || !heading.startsWith(name)) {
            return false;
        }
        if (heading.length() == name.length()) {
            return true;
        }
        boolean nameEndsInWord = Character.isLetterOrDigit(name.codePointBefore(name.length()));
        return !nameEndsInWord || !Character.isLetterOrDigit(heading.codePointAt(name.length()));
    }

    /** Runs of white space as one space, none at either end (a loop: every slide's heading passes here). */
    private static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendVisible(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef) {
                continue;
            }
            if (child instanceof HtmlInlineBase html) {
                if (LINE_BREAK_TAG.matcher(html.getChars()).matches()) {
                    out.append(' ');
                }
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else if (child instanceof Code code) {
                out.append(code.getText());
            } else if (child instanceof DelimitedLinkNode autolink) {
                out.append(autolink.getText());
            } else if (child.hasChildren()) {
                appendVisible(child, out);
            } else {
                out.append(child.getChars().unescape());
            }
        }
    }
}
