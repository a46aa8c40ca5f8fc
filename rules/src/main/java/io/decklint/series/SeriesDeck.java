package io.decklint.series;

import io.decklint.deck.Deck;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One deck of a series as it is saved.
 *
 * @param file the deck's file name in the series' folder
 * @param date the day the deck is for, when it says (see {@link SeriesDates})
 * @param template true for the series' template (named so, or showing a placeholder date such as
 *     {@code 202X-XX-XX}): it belongs to the series but is no week of it, so it has no date and is never a
 *     deck's previous one
 */
public record SeriesDeck(String file, Optional<LocalDate> date, boolean template, Deck deck) {
    /** The deck saved as {@code file}, its date and whether it is the template read from it. */
    public static SeriesDeck of(String file, Deck deck) {
        boolean template = SeriesDates.isTemplate(file, deck);
        return new SeriesDeck(file, template ? Optional.empty() : SeriesDates.of(file, deck), template, deck);
    }

    /** "20240627.md (2024-06-27)": how messages and comments name the deck. */
    public String describe() {
        return date.map(d -> file + " (" + d + ")").orElse(file);
    }
}
