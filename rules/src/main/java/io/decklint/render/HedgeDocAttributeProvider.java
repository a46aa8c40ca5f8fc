package io.decklint.render;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Attributes as HedgeDoc's markdown-it set-up writes them, where they differ from commonmark-java's. */
final class HedgeDocAttributeProvider implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableCell && attributes.containsKey("align")) {
            // markdown-it aligns table cells with a style, not with the align attribute
            attributes.put("style", "text-align:" + attributes.remove("align"));
        }
    }
}
