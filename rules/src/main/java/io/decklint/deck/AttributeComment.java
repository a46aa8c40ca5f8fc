package io.decklint.deck;

import io.decklint.text.TextRange;
import java.util.List;

/**
 * What HedgeDoc 1.x reads from one HTML comment: the attributes of {@code <!-- .slide: … -->} go on the slide,
 * those of {@code <!-- .element: … -->} on the element before the comment. See {@link AttributeComments}.
 *
 * @param marker from {@code .slide:} or {@code .element} up to where the attributes start
 * @param attributes the text HedgeDoc looks for attributes in: from the marker to the end of that line
 * @param matched every {@code name="value"} HedgeDoc's pattern found there, applied or not
 */
public record AttributeComment(Target target, HtmlComment comment, TextRange marker, TextRange attributes,
        List<CommentAttribute> matched) {
    /** Where the attributes go. */
    public enum Target {
        SLIDE, ELEMENT
    }

    public AttributeComment {
        matched = List.copyOf(matched);
    }

    /** The attributes HedgeDoc sets, in order. */
    public List<CommentAttribute> applied() {
        return matched.stream().filter(CommentAttribute::applied).toList();
    }
}
