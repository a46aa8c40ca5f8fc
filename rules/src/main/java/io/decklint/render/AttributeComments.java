package io.decklint.render;

import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Applies {@code .element} and {@code .slide} comments to a rendered slide, walking it as
 * {@code public/js/reveal-markdown.js} {@code addAttributes} does: a comment's "previous element" is the
 * nearest earlier sibling element that is not a {@code <br>}, or else its parent. So
 * {@code - item <!-- .element: class="fragment" -->} marks the list item, and a comment after an image in
 * the same paragraph marks the image. Values are checked like any other attribute, so a comment cannot
 * smuggle in a script URL.
 */
final class AttributeComments {
    private AttributeComments() {}

    static void apply(Element section, Element element) {
        List<Node> children = element.childNodes();
        Element previous = element;
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (i > 0 && children.get(i - 1) instanceof Element sibling && !sibling.normalName().equals("br")) {
                previous = sibling;
            }
            if (child instanceof Element childElement) {
                apply(section, childElement);
            } else if (child instanceof Comment comment) {
                AttributeComment parsed = AttributeComment.read(comment.getData());
                if (parsed != null) {
                    Element target = parsed.target() == AttributeComment.Target.ELEMENT ? previous : section;
                    set(target, parsed);
                }
            }
        }
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
