package io.decklint.series;

import io.decklint.lint.WorkspaceWords;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.ThemeLikeness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the decks of a series say about it, for {@code decklint init}: its sections, whether its title slides
 * show the date, its own words, and the theme of its newest decks; each with the numbers it was learnt from.
 *
 * @param series the series learnt from (the largest of its folder)
 * @param others the decks of the folder that are not of this series
 * @param sections the sections its decks keep
 * @param dates how its decks show their date on the title slides
 * @param words the words it uses that the speller does not know
 * @param theme the built-in theme its newest decks have, if they have one
 */
public record LearntSeries(Series series, List<SeriesDeck> others, SeriesSections sections, TitleDates dates,
        List<SeriesWords.Learnt> words, Optional<NewestTheme> theme) {
    /** How many of the newest decks are asked for their theme. */
    static final int NEWEST = 5;

    /**
     * How the decks show their date.
     *
     * @param decks how many decks were asked (the template left out)
     * @param onTitleSlide how many show a date on the title slide alone
     * @param onOpeningSlides how many show it on the title slide or the slide after it
     */
    public record TitleDates(int decks, int onTitleSlide, int onOpeningSlides) {
        /** How many opening slides to look at when the date is required; 0 when it is not required. */
        public int requiredOn() {
            if (onTitleSlide >= SeriesSections.REQUIRED * decks) {
                return 1;
            }
            return onOpeningSlides >= SeriesSections.REQUIRED * decks ? SeriesDates.TITLE_SLIDES : 0;
        }
    }

    /** The theme most of the newest decks have, in how many of how many, and how alike the newest one is. */
    public record NewestTheme(String name, int decks, int asked, int percent) {}

    /**
     * Learns from the largest series of a folder's decks.
     *
     * @param workspace the words of the decks' workspace, as the spelling rule will see them
     * @throws IllegalArgumentException when no two decks of the folder form a series
     */
    public static LearntSeries of(FolderSeries folder, WorkspaceWords workspace) {
        if (folder.series().isEmpty()) {
            int decks = folder.loners().size();
            throw new IllegalArgumentException(decks == 0 ? "no decks here to learn from"
                    : decks == 1 ? "no series here: a series needs two decks that share a title or a template, and "
                            + "there is one deck"
                    : "no series here: none of its " + decks + " decks shares a title or a template with another");
        }
        Series series = folder.series().get(0);
        List<SeriesDeck> others = new ArrayList<>(folder.loners());
        folder.series().stream().skip(1).forEach(other -> others.addAll(other.decks()));
        List<SeriesDeck> weeks = series.dated().isEmpty() ? series.decks() : series.dated();
        return new LearntSeries(series, others, SeriesSections.learn(weeks), titleDates(weeks),
                SeriesWords.learn(weeks, workspace), newestTheme(weeks));
    }

    private static TitleDates titleDates(List<SeriesDeck> decks) {
        int first = 0;
        int opening = 0;
        for (SeriesDeck deck : decks) {
            if (SeriesDates.onTitleSlides(deck.deck(), 1).isPresent()) {
                first++;
            }
            if (SeriesDates.onTitleSlides(deck.deck(), SeriesDates.TITLE_SLIDES).isPresent()) {
                opening++;
            }
        }
        return new TitleDates(decks.size(), first, opening);
    }

    private static Optional<NewestTheme> newestTheme(List<SeriesDeck> decks) {
        ThemeConverter themes = ThemeConverter.withBuiltInThemes();
        List<SeriesDeck> newest = decks.subList(Math.max(0, decks.size() - NEWEST), decks.size());
        Map<String, Integer> votes = new LinkedHashMap<>();
        int newestPercent = 0;
        for (SeriesDeck deck : newest) {
            Optional<ThemeLikeness> theme = themes.current(deck.deck());
            if (theme.isPresent()) {
                votes.merge(theme.get().theme().name(), 1, Integer::sum);
                newestPercent = theme.get().percent();
            }
        }
        int percent = newestPercent;
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> top.getValue() * 2 > newest.size())
                .map(top -> new NewestTheme(top.getKey(), top.getValue(), newest.size(), percent));
    }
}
