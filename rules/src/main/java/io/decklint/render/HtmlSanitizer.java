package io.decklint.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleans a slide's HTML tree the way HedgeDoc's js-xss set-up does ({@code public/js/render.js}), working on the
 * tree a browser would build (jsoup's HTML5 parser), so there is no gap between what is checked and what runs.
 * A tag that is not allowed is shown as text, tag and all, as js-xss escapes it; its content is kept and
 * cleaned in turn (so a {@code <script>}'s code shows as text). Attributes are kept only as
 * {@link HtmlAllowList} says. Comments stay: {@code .slide} and {@code .element} live in them.
 * In {@code <style>} blocks, {@code @import} is removed, as {@code public/js/extra.js} {@code postProcess} does
 * (for every form, not just {@code @import url(…)}).
 */
final class HtmlSanitizer {
    private static final Pattern IMPORT = Pattern.compile("@import\\b[^;]*(;|$)", Pattern.CASE_INSENSITIVE);

    private HtmlSanitizer() {}

    /**
     * Cleans the children of {@code parent} (which itself is trusted). The tree is walked with a work list, not
     * by recursion, so that however deeply a deck nests its tags, cleaning it cannot overflow the stack.
     */
    static void cleanChildren(Element parent) {
        Deque<Node> work = new ArrayDeque<>(parent.childNodes());
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (node instanceof Element element) {
                if (!HtmlAllowList.allowsTag(element.normalName())) {
                    work.addAll(showAsText(element));
                } else {
                    cleanAttributes(element);
                    if (element.normalName().equals("style")) {
                        cleanStyle(element);
                    } else {
                        work.addAll(element.childNodes());
                    }
                }
            } else if (node instanceof DataNode data) {
                // script-like content of a tag that was not allowed: text, like the rest of the tag
                data.replaceWith(new TextNode(data.getWholeData()));
            } else if (!(node instanceof TextNode || node instanceof Comment)) {
                node.remove();
            }
        }
    }

    private static void cleanAttributes(Element element) {
        List<Attribute> attributes = new ArrayList<>();
        element.attributes().forEach(attributes::add);
        for (Attribute attribute : attributes) {
            String value = HtmlAllowList.filter(element.normalName(), attribute.getKey(), attribute.getValue());
            if (value == null) {
                element.removeAttr(attribute.getKey());
            } else if (!value.equals(attribute.getValue())) {
                element.attr(attribute.getKey(), value);
            }
        }
    }

    private static void cleanStyle(Element style) {
        for (Node child : new ArrayList<>(style.childNodes())) {
            if (child instanceof DataNode css) {
                css.setWholeData(IMPORT.matcher(css.getWholeData()).replaceAll(""));
            } else {
                child.remove();
            }
        }
    }

    /** Replaces a tag that is not allowed with its source text around its content, which is returned to clean. */
    private static List<Node> showAsText(Element element) {
        StringBuilder start = new StringBuilder("<").append(element.tagName());
        for (Attribute attribute : element.attributes()) {
            start.append(' ').append(attribute.getKey());
            if (!attribute.getValue().isEmpty()) {
                start.append("=\"").append(attribute.getValue()).append('"');
            }
        }
        start.append('>');
        element.before(new TextNode(start.toString()));
        if (!element.tag().isSelfClosing()) {
            element.after(new TextNode("</" + element.tagName() + ">"));
        }
        List<Node> children = new ArrayList<>(element.childNodes());
        element.unwrap();
        return children;
    }
}
