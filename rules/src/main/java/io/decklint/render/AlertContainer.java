package io.decklint.render;

import org.commonmark.node.CustomBlock;

/** A {@code :::info} … {@code :::} block, which HedgeDoc renders as a coloured alert box. */
final class AlertContainer extends CustomBlock {
    private final String kind;

    AlertContainer(String kind) {
        this.kind = kind;
    }

    /** success, info, warning or danger. */
    String kind() {
        return kind;
    }
}
