package io.decklint.render;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A formula as HedgeDoc's markdown-it-mathjax options write it: {@code <span class="mathjax raw">\(…\)</span>},
 * the TeX with only {@code &} and {@code <} escaped (and no-break spaces made plain), for the page to typeset.
 */
final class MathRenderer implements NodeRenderer {
    private final HtmlWriter html;

    MathRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(MathInline.class);
    }

    @Override
    public void render(Node node) {
        MathInline math = (MathInline) node;
        String tex = math.tex().replace("&", "&amp;").replace("<", "&lt;").replace('\u00a0', ' ');
        html.raw("<span class=\"mathjax raw\">" + math.kind().opening + tex + math.kind().closing + "</span>");
    }
}
