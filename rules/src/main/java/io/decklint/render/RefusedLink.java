package io.decklint.render;

import org.commonmark.node.CustomNode;

/**
 * A link or image markdown-it refuses to make, because its address is a script, file or non-image data URL
 * ({@code validateLink}): the text stays as typed, brackets and address included. Children are the link text.
 */
final class RefusedLink extends CustomNode {
    private final String opening;
    private final String closing;

    RefusedLink(String opening, String closing) {
        this.opening = opening;
        this.closing = closing;
    }

    /** {@code [} or {@code ![}. */
    String opening() {
        return opening;
    }

    /** {@code ](address "title")}, as typed. */
    String closing() {
        return closing;
    }
}
