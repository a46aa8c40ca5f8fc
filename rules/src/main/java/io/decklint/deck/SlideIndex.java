package io.decklint.deck;

/** reveal.js's address of a slide: horizontal and vertical index, both zero-based. */
public record SlideIndex(int h, int v) {
    @Override
    public String toString() {
        return h + "." + v;
    }
}
