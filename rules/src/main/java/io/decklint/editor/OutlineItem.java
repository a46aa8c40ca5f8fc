package io.decklint.editor;

import io.decklint.deck.SlideIndex;
import io.decklint.text.TextRange;
import java.util.List;

/**
 * A slide in a deck's outline.
 *
 * @param title the slide's first heading, or its first line of text when it has none
 * @param range the slide with its separator, and with its vertical slides for a horizontal one
 * @param titleRange where the title stands (the slide's start when it has no text)
 * @param children the vertical slides below a horizontal one
 */
public record OutlineItem(SlideIndex index, String title, TextRange range, TextRange titleRange,
        List<OutlineItem> children) {
    public OutlineItem {
        children = List.copyOf(children);
    }

    /** How an outline lists it: reveal.js's index and the title, e.g. {@code 2.1 Team Ops}. */
    public String label() {
        return index + " " + title;
    }
}
