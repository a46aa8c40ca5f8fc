package io.decklint.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Applies {@code .element} and {@code .slide} comments to a rendered slide in document order, finding each
 * comment's "previous element" as {@code public/js/reveal-markdown.js} {@code addAttributes} does: the nearest
 * earlier sibling element that is not a {@code <br>}, or else its parent. So
 * {@code - item <!-- .element: class="fragment" -->} marks the list item, and a comment after an image in
 * the same paragraph marks the image. Values are checked like any other attribute, so a comment cannot
 * smuggle in a script URL.
 */
final class AttributeComments {
    private AttributeComments() {}

    /** Applies every attribute comment inside {@code wrapper}, in document order, to its element or to the section. */
    static void apply(Element section, Element wrapper) {
        List<Comment> comments = new ArrayList<>();
        wrapper.forEachNode(node -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        });
        for (Comment comment : comments) {
            AttributeComment parsed = AttributeComment.read(comment.getData());
            if (parsed != null) {
                set(parsed.target() == AttributeComment.Target.ELEMENT ? previousElement(comment) : section, parsed);
            }
        }
    }

    /** The nearest earlier sibling element that is not a {@code <br>}, or else the parent. */
    private static Element previousElement(Node comment) {
        for (Node sibling = comment.previousSibling(); sibling != null; sibling = sibling.previousSibling()) {
            if (sibling instanceof Element element && !element.normalName().equals("br")) {
                return element;
            }
        }
        return (Element) comment.parent();
    }

    private static void set(Element target, AttributeComment comment) {
        for (AttributeComment.Attribute attribute : comment.attributes()) {
            String value = HtmlAllowList.filter(target.normalName(), attribute.name(), attribute.value());
            if (value != null) {
                target.attr(attribute.name(), value);
            }
        }
    }
}
