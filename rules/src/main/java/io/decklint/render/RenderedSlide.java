package io.decklint.render;

/**
 * One slide's HTML as HedgeDoc builds it, independent of where the slide stands in the deck (so it can be
 * reused while the deck around it changes).
 *
 * @param sectionAttributes attributes for the slide's {@code <section>} from {@code .slide:} comments, as
 *     HTML ({@code  name="value"} each, with a leading space), or empty
 * @param body the slide's content: HedgeDoc's wrapper {@code <div>} with the rendered Markdown and the
 *     speaker notes as {@code <aside class="notes">}
 */
record RenderedSlide(String sectionAttributes, String body) {}
