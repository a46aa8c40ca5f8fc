package io.decklint.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * commonmark-java set up as HedgeDoc 1.x sets up markdown-it in {@code public/js/extra.js}: raw HTML passes
 * (it is sanitised afterwards), a single line break is a {@code <br>} (even with {@code breaks: false}: see
 * {@link DeckSettings}),
 * bare URLs become links, typographic quotes and dashes, tables, {@code ~~strikethrough~~}, {@code ==mark==},
 * {@code ++ins++}, {@code ~sub~}, {@code ^sup^}, {@code :emoji:}, {@code :::info} boxes, image sizes, and
 * HedgeDoc's embeds ({@code {%youtube …%}} and friends, {@code [TOC]}); formulas ({@link MathParser}) and fenced
 * code ({@link CodeFenceRenderer}) are written as HedgeDoc writes them for its page to typeset, draw and highlight
 * ({@link PageLibrary}).
 * Not rendered: abbreviations, footnotes and definition lists (left as text).
 */
final class HedgeDocMarkdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build(), AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .linkProcessor(new ImageSizeLinkProcessor())
            .linkProcessor(new RefusedLinkProcessor())
            .customInlineContentParserFactory(EmojiParser.FACTORY)
            .customInlineContentParserFactory(MathParser.FACTORY)
            .customInlineContentParserFactory(EmbedParser.FACTORY)
            .customInlineContentParserFactory(SuperSubscriptParser.factory('^', "sup"))
            .customInlineContentParserFactory(SuperSubscriptParser.factory('~', "sub"))
            .customDelimiterProcessor(new DoubleDelimiterProcessor('=', "mark"))
            .customDelimiterProcessor(new DoubleDelimiterProcessor('+', "ins"))
            .customBlockParserFactory(new AlertContainerParser.Factory())
            .postProcessor(new Typographer())
            .postProcessor(new TableOfContentsMarker())
            .postProcessor(new LinkifiedText())
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .nodeRendererFactory(HedgeDocNodeRenderer::new)
            .nodeRendererFactory(CodeFenceRenderer::new)
            .nodeRendererFactory(MathRenderer::new)
            .extensions(EXTENSIONS)
            .attributeProviderFactory(context -> new HedgeDocAttributeProvider())
            .softbreak("<br>\n")
            .percentEncodeUrls(true)
            .build();

    private HedgeDocMarkdown() {}

    /** Markdown to (unsanitised) HTML. */
    static String toHtml(String markdown) {
        Node document = PARSER.parse(PipeOnlyTableRows.continueTables(markdown));
        return RENDERER.render(document);
    }
}
