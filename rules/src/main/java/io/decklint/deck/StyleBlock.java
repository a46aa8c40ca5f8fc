package io.decklint.deck;

import io.decklint.text.TextRange;

/** A {@code <style>} element in a slide; {@code css} is the text between the tags. */
public record StyleBlock(TextRange range, TextRange css, boolean terminated) {}
