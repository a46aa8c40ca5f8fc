package io.decklint.deck;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * flexmark-java set up close to HedgeDoc's markdown-it: CommonMark with tables and strikethrough. Used for
 * analysis only, where every node's offsets matter. Thematic breaks and headings are found by {@link ThematicBreaks}
 * and {@link HeadingStarts}, whose cost does not grow with the line or the paragraph; HTML and autolinks are
 * matched by {@link HtmlBlockStarts} and {@link InlineHtml} without recursion.
 */
public final class MarkdownParser {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    new ThematicBreaks(), new HeadingStarts(), new HtmlBlockStarts(), new InlineHtml()))
            .toImmutable()).build();

    private MarkdownParser() {}

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
