package io.decklint.deck;

/**
 * reveal.js's address of a slide, horizontal and vertical index, both zero-based, and the number its slide
 * counter shows the audience, which is the number decklint speaks of everywhere.
 *
 * @param number as reveal.js 3.9.2's {@code getSlideNumber} writes it for HedgeDoc's {@code slideNumber: true}
 *     (format {@code h.v}): the column counted from 1 ({@code 3}), and for a slide in a vertical stack, the top
 *     one included, its place in the stack counted from 1 ({@code 3.1}, {@code 3.2}); in a deck of one column
 *     reveal.js counts the slides through instead ({@code 1}, {@code 2}, …)
 */
public record SlideIndex(int h, int v, String number) {

    /** @param stacked whether the slide is in a vertical stack, i.e. its column has more than one slide */
    public static SlideIndex of(int h, int v, boolean stacked, boolean oneColumn) {
        String number = oneColumn ? Integer.toString(v + 1)
                : stacked ? (h + 1) + "." + (v + 1) : Integer.toString(h + 1);
        return new SlideIndex(h, v, number);
    }

    /** The number the audience sees, e.g. {@code 3.2}. */
    @Override
    public String toString() {
        return number;
    }
}
