package io.decklint.server;

import io.decklint.render.RenderedDeck;
import io.decklint.render.SlideLines;
import java.util.List;

/**
 * The answer to {@code decklint/render}: the deck as the self-contained reveal.js page {@code decklint render}
 * writes (reveal.js inlined, scripts allowed by the page's own Content-Security-Policy), its slides alone, and
 * where each slide is, so a preview can follow the cursor.
 *
 * @param html the whole page; null when the request named this page's {@code frame}: the editor has the page
 *     and needs only the new slides (a page is 250 KB, its slides a few)
 * @param frame names everything on the page but the slides ({@link RenderedDeck#frame()})
 * @param sections the inside of the page's {@code .reveal > .slides}
 * @param slides each slide's reveal.js index and its first and last line, zero-based and inclusive, in the order
 *     of the page's sections
 */
public record RenderResult(String html, String frame, String sections, List<SlideLines> slides) {
    static RenderResult of(OpenDeck open, String frameShown) {
        RenderedDeck rendered = open.rendered();
        String html = rendered.frame().equals(frameShown) ? null : rendered.html();
        return new RenderResult(html, rendered.frame(), rendered.sections(), rendered.slides());
    }
}
