package io.decklint.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A section a series keeps, learnt from its decks.
 *
 * @param name how the newest decks spell it
 * @param aliases the other spellings decks used, as few as cover them all (a heading that starts with one
 *     counts as the section)
 * @param spellings every spelling seen, most used first, each with where it was seen
 * @param decks in how many of the series' decks the section is
 * @param required true when nearly every deck has it ({@link SeriesSections#REQUIRED})
 */
public record LearntSection(String name, List<String> aliases, List<Spelling> spellings, int decks,
        boolean required) {
    public LearntSection {
        aliases = List.copyOf(aliases);
        spellings = List.copyOf(spellings);
    }

    /**
     * One way a section was spelt.
     *
     * @param comparable the spelling in the form headings are compared in
     * @param decks in how many decks it was used
     * @param first the first deck that used it, by date (empty when the decks have none)
     * @param last the last deck that used it
     */
    public record Spelling(String text, String comparable, int decks, Optional<LocalDate> first,
            Optional<LocalDate> last) {}
}
