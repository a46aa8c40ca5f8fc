package io.decklint.deck;

import io.decklint.text.TextRange;

/**
 * An HTML comment in a slide's Markdown (not in code): {@code <!-- .slide: … -->}, {@code <!-- .element: … -->}
 * and {@code <!-- decklint-disable … -->} live in these. An unterminated one hides the rest of its slide.
 */
public record HtmlComment(TextRange range, TextRange body, boolean terminated) {
    public String body(CharSequence text) {
        return body.of(text);
    }
}
