package io.decklint.deck;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one slide's text parses into, with offsets relative to the slide: the AST, its HTML comments, its
 * style blocks and where its speaker notes start (-1: none). It depends on the slide's text only, so an unchanged slide can reuse it.
 */
record SlideMarkdown(Document ast, List<HtmlComment> comments, List<StyleBlock> styleBlocks, int notesStart) {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)(-->|\\z)", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style\\b[^>]*>(.*?)(</style\\s*>|\\z)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    static SlideMarkdown parse(String text, int notesStart) {
        Document ast = MarkdownParser.parse(text);
        List<HtmlComment> comments = new ArrayList<>();
        List<StyleBlock> styles = new ArrayList<>();
        for (Node node : ast.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                scanHtml(node, comments, styles);
            }
        }
        return new SlideMarkdown(ast, List.copyOf(comments), List.copyOf(styles), notesStart);
    }

    /** Raw HTML is the only place where comments and style blocks exist: in code they are just text. */
    private static void scanHtml(Node node, List<HtmlComment> comments, List<StyleBlock> styles) {
        CharSequence html = node.getChars();
        int base = node.getStartOffset();
        Matcher comment = COMMENT.matcher(html);
        while (comment.find()) {
            comments.add(new HtmlComment(new TextRange(base + comment.start(), base + comment.end()),
                    new TextRange(base + comment.start(1), base + comment.end(1)), !comment.group(2).isEmpty()));
        }
        if (node instanceof HtmlBlockBase && html.toString().toLowerCase(Locale.ROOT).contains("<style")) {
            Matcher style = STYLE.matcher(html);
            while (style.find()) {
                styles.add(new StyleBlock(new TextRange(base + style.start(), base + style.end()),
                        new TextRange(base + style.start(1), base + style.end(1)), !style.group(2).isEmpty()));
            }
        }
    }
}
