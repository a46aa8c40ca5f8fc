package io.decklint.render;

import java.util.List;

/**
 * A deck rendered for reveal.js.
 *
 * @param html the whole page
 * @param slides each slide's source lines, in the order of the page's {@code <section>}s (which also carry them
 *     as {@code data-line-start} and {@code data-line-end})
 * @param assets the bundled files the page uses ({@link RevealAssets#text}): to be served or copied under the
 *     asset base when the page links them instead of inlining them
 * @param contentSecurityPolicy the policy the page carries in a meta tag, for a server to send as a header too
 * @param sections the inside of the page's {@code .reveal > .slides}: the slides alone
 * @param frame a digest of the rest of the page (styles, scripts, options, title): two renderings with the same
 *     frame differ only in their {@code sections}, so a page on screen can take the new slides in place
 */
public record RenderedDeck(String html, List<SlideLines> slides, List<String> assets, String contentSecurityPolicy,
        String sections, String frame) {
    public RenderedDeck {
        slides = List.copyOf(slides);
        assets = List.copyOf(assets);
    }
}
