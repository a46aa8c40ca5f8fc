package io.decklint.theme;

import io.decklint.text.TextRange;
import java.util.Optional;

/**
 * One heading line of a title slide.
 *
 * @param lines the heading's whole lines in the deck, without the final line break
 * @param visible the words the audience reads
 * @param date where a date, or a template's placeholder date, stands in {@code visible}
 * @param inner the heading's Markdown without its {@code #} marks and without one {@code <font>} or
 *     {@code <span>} that wraps all of it: what a template's {@code {title}} or {@code {subtitle}} takes over
 */
record TitleLine(TextRange lines, String visible, Optional<TextRange> date, String inner) {
    /** The visible words other than the date. */
    String wordsBesideDate() {
        return date.map(d -> visible.substring(0, d.start()) + " " + visible.substring(d.end())).orElse(visible);
    }
}
