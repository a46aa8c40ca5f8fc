package io.decklint.render;

/**
 * Where a slide comes from in the deck's source: its reveal.js index and its lines, zero-based and inclusive,
 * as LSP counts them. A slide's lines run from its separator (the blank line before the dashes, which is part of
 * it) to the line before the next slide's separator, so every line of the deck belongs to exactly one slide (the
 * front matter to the first).
 */
public record SlideLines(int h, int v, int startLine, int endLine) {}
