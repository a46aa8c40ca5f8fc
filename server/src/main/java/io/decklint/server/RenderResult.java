package io.decklint.server;

import java.util.List;

/**
 * The answer to {@code decklint/render}: the deck as reveal.js HTML (null until the renderer is part of the
 * engine) and where each slide is, so a preview can follow the cursor.
 */
public record RenderResult(String html, List<SlideLines> slides) {
    /** A slide's reveal.js index and its first and last line in the deck, both zero-based and inclusive. */
    public record SlideLines(int h, int v, int startLine, int endLine) {}
}
