package io.decklint.render;

import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * {@code [TOC]} as HedgeDoc's {@code tocPlugin} ({@code public/js/extra.js}) reads it: {@code /^\[TOC\]$/i} from
 * where the inline parser stands, so a paragraph or heading whose text ends in {@code [TOC]} (any case). It
 * becomes {@code <div class="toc"></div>}; HedgeDoc fills it only in the document view ({@code renderTOC}), so
 * on a slide it is an empty box.
 */
final class TableOfContentsMarker implements PostProcessor {
    private static final String MARKER = "[toc]";

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                mark(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                mark(heading);
            }
        });
        return document;
    }

    private static void mark(Node block) {
        if (!(block.getLastChild() instanceof Text text)
                || !text.getLiteral().toLowerCase(Locale.ROOT).endsWith(MARKER)) {
            return;
        }
        String before = text.getLiteral().substring(0, text.getLiteral().length() - MARKER.length());
        HtmlInline toc = new HtmlInline();
        toc.setLiteral("<div class=\"toc\"></div>");
        text.insertAfter(toc);
        if (before.isEmpty()) {
            text.unlink();
        } else {
            text.setLiteral(before);
        }
    }
}
