package io.decklint.series;

import java.util.List;
import java.util.Optional;

/**
 * Where the deck being linted stands in its series.
 *
 * @param series the whole series as saved, the deck's own file included when it is saved there
 * @param siblings the series' other decks (the template included), oldest first, never empty
 * @param previous the deck of the series before this one: the newest sibling older than it (by date, else by
 *     file name), never the template; empty for the first deck and for the template itself
 */
public record SeriesPlace(Series series, List<SeriesDeck> siblings, Optional<SeriesDeck> previous) {
    public SeriesPlace {
        siblings = List.copyOf(siblings);
    }
}
