package io.decklint.render;

import org.commonmark.node.CustomNode;

/** Inline text wrapped in an HTML tag by one of HedgeDoc's markdown-it plugins: mark, ins, sub or sup. */
final class TaggedInline extends CustomNode {
    private final String tag;

    TaggedInline(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
