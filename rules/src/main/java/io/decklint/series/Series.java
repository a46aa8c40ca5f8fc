package io.decklint.series;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decks of one folder that belong together (see {@link SeriesKey}), oldest first: dated decks by date, then
 * by file name with numbers compared as numbers ("lecture-9" before "lecture-10"); a deck without a date
 * stands before the dated ones.
 *
 * @param name what the decks have in common, for people: {@code titled "SCS Community Call"}, or {@code made
 *     from the template of lecture-1.md}
 */
public record Series(String name, List<SeriesDeck> decks) {
    static final Comparator<SeriesDeck> OLDEST_FIRST = Comparator
            .comparing((SeriesDeck d) -> d.date().orElse(java.time.LocalDate.MIN))
            .thenComparing(SeriesDeck::file, NaturalOrder.INSTANCE);

    public Series {
        decks = decks.stream().sorted(OLDEST_FIRST).toList();
    }

    /** The decks that are weeks of the series (not its template), oldest first. */
    public List<SeriesDeck> dated() {
        return decks.stream().filter(d -> !d.template()).toList();
    }

    /** The newest deck that is not the template, if any. */
    public Optional<SeriesDeck> newest() {
        List<SeriesDeck> weeks = dated();
        return weeks.isEmpty() ? Optional.empty() : Optional.of(weeks.get(weeks.size() - 1));
    }
}
