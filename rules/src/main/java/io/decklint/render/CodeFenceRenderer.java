package io.decklint.render;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.nodes.Entities;

/**
 * A fenced code block as HedgeDoc 1.x writes it ({@code public/js/extra.js}: {@code md.renderer.rules.fence},
 * {@code highlightRender}, and {@code postProcess} for continued line numbers), for the page to draw:
 * <ul>
 *   <li>{@code sequence}, {@code flow}, {@code graphviz}, {@code mermaid} and {@code abc} become
 *       {@code <div class="mermaid raw">source</div>} inside the {@code <pre><code>}, for the diagram libraries;
 *   <li>other code gets the language, {@code hljs} and {@code raw} as classes (no {@code language-} prefix), plus
 *       {@code wrap} when the info ends in {@code !}, for highlight.js;
 *   <li>a language ending in {@code =}, {@code =N} or {@code =+} gets a gutter of line numbers (from 1, from N, or
 *       on from the previous gutter on the slide).
 * </ul>
 * The renderer lives for one Markdown document (one slide), as postProcess looks only within one slide.
 */
final class CodeFenceRenderer implements NodeRenderer {
    private static final Set<String> DIAGRAMS = Set.of("sequence", "flow", "graphviz", "mermaid", "abc");
    private static final Pattern NOT_HIGHLIGHTED = Pattern.compile("no(-?)highlight|plain|text");
    private static final Pattern LINE_NUMBERS = Pattern.compile("=$|=\\d+$|=\\+$");
    private static final Pattern FIRST_LINE = Pattern.compile("=(\\d+)$");
    private static final String MARKERS = "=$|=\\d+$|=\\+$|!$|=!$";

    private final HtmlWriter html;
    /** The last number of the slide's previous gutter: null before the first, NaN after an empty one. */
    private String lastLineNumber;

    CodeFenceRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo().trim();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        String code = block.getLiteral();
        html.line();
        StringBuilder out = new StringBuilder("<pre><code");
        if (!info.isEmpty()) {
            out.append(" class=\"").append(escape(classes(info, language))).append('"');
        }
        out.append('>').append(body(code, language)).append("</code></pre>");
        html.raw(out.toString());
        html.line();
    }

    /** The fence rule's classes: {@code wrap} when the info ends in {@code !}, the language without its markers. */
    private static String classes(String info, String language) {
        String name = language.replaceFirst(MARKERS, "");
        return (info.endsWith("!") ? "wrap " : "") + (name.isEmpty() ? "" : name + " ") + "hljs raw";
    }

    /** highlightRender's answer, or the escaped code when it has none. */
    private String body(String code, String language) {
        String escaped = escape(code);
        if (language.isEmpty() || NOT_HIGHLIGHTED.matcher(language).find()) {
            return escaped;
        }
        if (DIAGRAMS.contains(language)) {
            String kind = switch (language) {
                case "sequence" -> "sequence-diagram";
                case "flow" -> "flow-chart";
                default -> language;
            };
            return "<div class=\"" + kind + " raw\">" + escaped + "</div>";
        }
        if (!LINE_NUMBERS.matcher(language).find()) {
            return escaped;
        }
        return "<div class=\"wrapper\">" + gutter(code, language) + "<div class=\"code\">" + escaped + "</div></div>";
    }

    private String gutter(String code, String language) {
        boolean continued = language.endsWith("=+");
        int lines = code.split("\n", -1).length - 1;
        Matcher first = FIRST_LINE.matcher(language);
        StringBuilder gutter = new StringBuilder("<div class=\"gutter linenumber")
                .append(continued ? " continue" : "").append("\">");
        for (int i = 0; i < lines; i++) {
            String number;
            if (continued) {
                number = lastLineNumber == null ? String.valueOf(i + 1) : lastLineNumber.equals("NaN") ? "NaN"
                        : String.valueOf(Integer.parseInt(lastLineNumber) + i + 1);
            } else {
                number = String.valueOf((first.find(0) ? Integer.parseInt(first.group(1)) : 1) + i);
            }
            gutter.append(i > 0 ? "\n" : "").append("<span data-linenumber=\"").append(number).append("\"></span>");
            if (i == lines - 1) {
                lastLineNumber = number;
            }
        }
        if (lines == 0) {
            lastLineNumber = "NaN";
        }
        return gutter.append("</div>").toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
