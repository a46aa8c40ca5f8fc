package io.decklint.series;

import io.decklint.deck.Deck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The decks saved in one folder, grouped into series: decks that belong together, directly or through others. */
public final class FolderSeries {
    private final List<SeriesDeck> decks;
    private final List<SeriesKey> keys;
    private final int[] group;

    public FolderSeries(List<SeriesDeck> decks) {
        this.decks = List.copyOf(decks);
        this.keys = this.decks.stream().map(d -> SeriesKey.of(d.deck())).toList();
        this.group = new int[this.decks.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < group.length; i++) {
            for (int j = i + 1; j < group.length; j++) {
                if (keys.get(i).belongsWith(keys.get(j))) {
                    group[root(i)] = root(j);
                }
            }
        }
    }

    private int root(int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    /** Every series of two decks or more, largest first. */
    public List<Series> series() {
        Map<Integer, List<SeriesDeck>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < decks.size(); i++) {
            byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(decks.get(i));
        }
        return byRoot.values().stream().filter(members -> members.size() > 1)
                .map(members -> new Series(SeriesKey.describe(members), members))
                .sorted((a, b) -> Integer.compare(b.decks().size(), a.decks().size())).toList();
    }

    /** The decks of this folder that fit no series: each its own. */
    public List<SeriesDeck> loners() {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < decks.size(); i++) {
            sizes.merge(root(i), 1, Integer::sum);
        }
        List<SeriesDeck> alone = new ArrayList<>();
        for (int i = 0; i < decks.size(); i++) {
            if (sizes.get(root(i)) == 1) {
                alone.add(decks.get(i));
            }
        }
        return alone;
    }

    /**
     * Where a deck saved as {@code file} in this folder, whose text is now {@code deck}, stands: in the series of
     * every saved deck (but its own file) it belongs with.
     */
    public Optional<SeriesPlace> place(String file, Deck deck) {
        SeriesKey key = SeriesKey.of(deck);
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < decks.size(); i++) {
            if (!decks.get(i).file().equals(file) && key.belongsWith(keys.get(i)) && !roots.contains(root(i))) {
                roots.add(root(i));
            }
        }
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        SeriesDeck self = SeriesDeck.of(file, deck);
        List<SeriesDeck> siblings = new ArrayList<>();
        for (int i = 0; i < decks.size(); i++) {
            if (roots.contains(root(i)) && !decks.get(i).file().equals(file)) {
                siblings.add(decks.get(i));
            }
        }
        List<SeriesDeck> members = new ArrayList<>(siblings);
        members.add(self);
        Series series = new Series(SeriesKey.describe(members), members);
        return Optional.of(new SeriesPlace(series, series.decks().stream().filter(d -> d != self).toList(),
                previous(series, self)));
    }

    private static Optional<SeriesDeck> previous(Series series, SeriesDeck self) {
        if (self.template()) {
            return Optional.empty();
        }
        SeriesDeck before = null;
        for (SeriesDeck d : series.decks()) {
            if (d == self) {
                return Optional.ofNullable(before);
            }
            if (!d.template()) {
                before = d;
            }
        }
        return Optional.empty();
    }
}
