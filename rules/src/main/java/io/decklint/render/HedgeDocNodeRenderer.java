package io.decklint.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** HTML for the nodes HedgeDoc's markdown-it plugins add, written the way those plugins write it. */
final class HedgeDocNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    HedgeDocNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(SizedImage.class, TaggedInline.class, AlertContainer.class, Strikethrough.class,
                RefusedLink.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof SizedImage image) {
            renderImage(image);
        } else if (node instanceof TaggedInline tagged) {
            wrap(node, tagged.tag(), Map.of());
        } else if (node instanceof AlertContainer alert) {
            // markdown-it-container with HedgeDoc's renderContainer: role="alert" class="alert alert-<kind>"
            html.line();
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("role", "alert");
            attributes.put("class", "alert alert-" + alert.kind());
            wrap(node, "div", attributes);
            html.line();
        } else if (node instanceof RefusedLink refused) {
            html.text(refused.opening());
            renderChildren(node);
            html.text(refused.closing());
        } else {
            // markdown-it writes ~~text~~ as <s>, not <del>
            wrap(node, "s", Map.of());
        }
    }

    /** markdown-it-imsize's {@code tokenize_imsize}: src, alt, title, then width and height when given. */
    private void renderImage(SizedImage image) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", context.encodeUrl(image.source()));
        attributes.put("alt", AltText.of(image));
        image.title().filter(title -> !title.isEmpty()).ifPresent(title -> attributes.put("title", title));
        if (!image.size().width().isEmpty()) {
            attributes.put("width", image.size().width());
        }
        if (!image.size().height().isEmpty()) {
            attributes.put("height", image.size().height());
        }
        html.tag("img", context.extendAttributes(image, "img", attributes), true);
    }

    private void wrap(Node node, String tag, Map<String, String> attributes) {
        html.tag(tag, context.extendAttributes(node, tag, attributes));
        renderChildren(node);
        html.tag("/" + tag);
    }

    private void renderChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
