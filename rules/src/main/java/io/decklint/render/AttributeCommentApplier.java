package io.decklint.render;

import io.decklint.deck.AttributeComment;
import io.decklint.deck.AttributeComment.Target;
import io.decklint.deck.AttributeComments;
import io.decklint.deck.CommentAttribute;
import io.decklint.deck.HtmlComment;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Applies {@code .element} and {@code .slide} comments to a rendered slide in document order, finding each
 * comment's "previous element" as {@code public/js/reveal-markdown.js} {@code addAttributes} does: the nearest
 * earlier sibling element that is not a {@code <br>}, or else its parent. So
 * {@code - item <!-- .element: class="fragment" -->} marks the list item, and a comment after an image in
 * the same paragraph marks the image. The comment is read by {@link AttributeComments}, as the
 * linter reads it. Values are checked like any other attribute, so a comment cannot smuggle in a script URL.
 */
final class AttributeCommentApplier {
    /** A name a browser's {@code setAttribute} accepts; HedgeDoc's call would throw on any other. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

    private AttributeCommentApplier() {}

    /** Applies every attribute comment inside {@code wrapper}, in document order, to its element or to the section. */
    static void apply(Element section, Element wrapper) {
        List<Comment> comments = new ArrayList<>();
        wrapper.forEachNode(node -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        });
        for (Comment comment : comments) {
            String body = comment.getData();
            TextRange whole = new TextRange(0, body.length());
            AttributeComments.read(body, 0, new HtmlComment(whole, whole, true)).ifPresent(
                    parsed -> set(parsed.target() == Target.ELEMENT ? previousElement(comment) : section, parsed));
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
        for (CommentAttribute attribute : comment.applied()) {
            String name = attribute.appliedName();
            if (!NAME.matcher(name).matches()) {
                continue;
            }
            String value = HtmlAllowList.filter(target.normalName(), name, attribute.appliedValue());
            if (value != null) {
                target.attr(name, value);
            }
        }
    }
}
