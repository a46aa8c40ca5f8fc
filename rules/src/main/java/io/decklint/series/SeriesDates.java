package io.decklint.series;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.rules.CallDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a deck of a series is for. Asked in this order: the front matter's {@code date}, the file name
 * ({@code 20240627.md}, {@code 2024-06-27-call.md}), then the date its title slides show (the forms
 * {@link CallDates} knows). The file name comes before the slides because a copied deck whose title slide
 * still shows last week's date is a mistake the series rules are there to catch, not a fact to sort by.
 */
public final class SeriesDates {
    /** The title slide and the one after it: where decks put their date. */
    static final int TITLE_SLIDES = 2;
    private static final Pattern IN_FILE_NAME = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile("([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\\.?,? (\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private SeriesDates() {}

    static Optional<LocalDate> of(String file, Deck deck) {
        Optional<LocalDate> date = deck.frontMatter().flatMap(f -> f.string("date")).flatMap(SeriesDates::parse);
        if (date.isEmpty()) {
            date = inFileName(file);
        }
        return date.isPresent() ? date : onTitleSlides(deck);
    }

    /** The date in a file name, eight digits with or without dashes that make a real day. */
    static Optional<LocalDate> inFileName(String file) {
        Matcher m = IN_FILE_NAME.matcher(file);
        while (m.find()) {
            Optional<LocalDate> date = day(m.group(1), m.group(2), m.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first date the opening slides show. */
    public static Optional<LocalDate> onTitleSlides(Deck deck) {
        return onTitleSlides(deck, TITLE_SLIDES);
    }

    /** The first date the first {@code slides} slides show. */
    static Optional<LocalDate> onTitleSlides(Deck deck, int slides) {
        String opening = openingText(deck, slides);
        return CallDates.find(opening).flatMap(range -> parse(range.of(opening)));
    }

    /** True for a series' template: named so, or showing a placeholder date and no real one on its title slides. */
    static boolean isTemplate(String file, Deck deck) {
        if (file.toLowerCase(Locale.ROOT).contains("template")) {
            return true;
        }
        String opening = openingText(deck, TITLE_SLIDES);
        return CallDates.find(opening).isEmpty() && !CallDates.placeholders(opening).isEmpty();
    }

    private static String openingText(Deck deck, int count) {
        StringBuilder text = new StringBuilder();
        List<Slide> slides = deck.slides();
        for (int i = 0; i < Math.min(count, slides.size()); i++) {
            text.append(slides.get(i).visibleRange().of(deck.text())).append('\n');
        }
        return text.toString();
    }

    /** A date as {@link CallDates} finds them: 2024-06-27, 27.06.2024, June 27, 2024, 27 June 2024. */
    public static Optional<LocalDate> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED.matcher(t);
        if (dotted.matches()) {
            return day(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(t);
        if (monthFirst.matches()) {
            return month(monthFirst.group(1)).flatMap(m -> day(monthFirst.group(3), m, monthFirst.group(2)));
        }
        Matcher dayFirst = DAY_FIRST.matcher(t);
        if (dayFirst.matches()) {
            return month(dayFirst.group(2)).flatMap(m -> day(dayFirst.group(3), m, dayFirst.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<String> month(String name) {
        int index = name.length() < 3 ? -1 : MONTHS.indexOf(name.substring(0, 3));
        return index < 0 ? Optional.empty() : Optional.of(String.valueOf(index + 1));
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
