package io.decklint.deck;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one slide's text parses into, with offsets relative to the slide: the AST, its HTML comments, its
 * style blocks, where its speaker notes start (-1: none) and the top-level blocks the audience sees. It depends
 * on the slide's text only, so an unchanged slide can reuse it.
 */
record SlideMarkdown(Document ast, List<HtmlComment> comments, List<StyleBlock> styleBlocks, int notesStart,
        List<Node> visibleBlocks) {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)(-->|\\z)", Pattern.DOTALL);
    /** A comment or a style element, whichever starts first: neither can begin inside the other. */
    private static final Pattern COMMENT_OR_STYLE = Pattern.compile(
            COMMENT.pattern() + "|<style\\b[^>]*>(.*?)(</style\\s*>|\\z)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** One comment or style element after the last: matched one at a time, as a repeated group recurses. */
    private static final Pattern NEXT_COMMENT_OR_STYLE = Pattern.compile(
            "\\G\\s*(?:<!--.*?-->|<style\\b.*?</style\\s*>)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    static SlideMarkdown parse(String text, int notesStart) {
        Document ast = MarkdownParser.parse(NestingLimit.apply(text));
        List<HtmlComment> comments = new ArrayList<>();
        List<StyleBlock> styles = new ArrayList<>();
        for (Node node : ast.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                scanHtml(node, comments, styles);
            }
        }
        return new SlideMarkdown(ast, List.copyOf(comments), List.copyOf(styles), notesStart,
                visibleBlocks(ast, notesStart));
    }

    /** Top-level blocks the audience can see: not comments, style blocks or speaker notes. */
    private static List<Node> visibleBlocks(Document ast, int notesStart) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            if (notesStart >= 0 && node.getStartOffset() >= notesStart || isInvisible(node)) {
                continue;
            }
            blocks.add(node);
        }
        return List.copyOf(blocks);
    }

    private static boolean isInvisible(Node node) {
        if (node instanceof HtmlCommentBlock) {
            return true;
        }
        return node instanceof HtmlBlock && isOnlyCommentsAndStyles(node.getChars());
    }

    private static boolean isOnlyCommentsAndStyles(CharSequence html) {
        Matcher next = NEXT_COMMENT_OR_STYLE.matcher(html);
        int end = 0;
        while (next.find()) {
            end = next.end();
        }
        for (int i = end; i < html.length(); i++) {
            if (!Character.isWhitespace(html.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Raw HTML is the only place where comments and style blocks exist: in code they are just text. A
     * {@code <style>} inside a comment is commented out, and {@code <!--} inside a style element is CSS.
     */
    private static void scanHtml(Node node, List<HtmlComment> comments, List<StyleBlock> styles) {
        CharSequence html = node.getChars();
        int base = node.getStartOffset();
        boolean block = node instanceof HtmlBlockBase;
        Matcher found = (block ? COMMENT_OR_STYLE : COMMENT).matcher(html);
        while (found.find()) {
            if (found.start(1) >= 0) {
                comments.add(new HtmlComment(new TextRange(base + found.start(), base + found.end()),
                        new TextRange(base + found.start(1), base + found.end(1)), !found.group(2).isEmpty()));
            } else {
                styles.add(new StyleBlock(new TextRange(base + found.start(), base + found.end()),
                        new TextRange(base + found.start(3), base + found.end(3)), !found.group(4).isEmpty()));
            }
        }
    }
}
