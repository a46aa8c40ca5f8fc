package io.decklint.server;

import io.decklint.render.RenderedDeck;
import io.decklint.render.SlideLines;
import java.util.List;

/**
 * The answer to {@code decklint/render}: the deck as the self-contained reveal.js page {@code decklint render}
 * writes (reveal.js inlined, scripts allowed by the page's own Content-Security-Policy), and where each slide
 * is, so a preview can follow the cursor.
 *
 * @param slides each slide's reveal.js index and its first and last line, zero-based and inclusive, in the order
 *     of the page's sections
 */
public record RenderResult(String html, List<SlideLines> slides) {
    static RenderResult of(OpenDeck open) {
        RenderedDeck rendered = open.rendered();
        return new RenderResult(rendered.html(), rendered.slides());
    }
}
