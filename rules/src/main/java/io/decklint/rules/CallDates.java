package io.decklint.rules;

import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a talk as decks write it (2024-06-27, 27.06.2024, June 27, 2024, 27 June 2024), and the
 * placeholder dates templates leave for it (202X-XX-XX, YYYY-MM-DD, TT.MM.JJJJ).
 */
public final class CallDates {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])" // 2024-06-27
                    + "|(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.\\d{4}" // 27.06.2024
                    + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}" // June 27, 2024
                    + "|\\d{1,2}(?:st|nd|rd|th)? " + MONTH + ",? \\d{4})\\b", // 27 June 2024
            Pattern.CASE_INSENSITIVE);
    // Shaped like a date; with letters for digits (202X-XX-XX, YYYY-MM-DD, TT.MM.JJJJ) it is a template's placeholder.
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\b(?:[0-9xy]{4}-[0-9xm]{2}-[0-9xd]{2}|[0-9xdt]{2}\\.[0-9xm]{2}\\.[0-9xyj]{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private CallDates() {}

    /**
     * The first date in the text. A date holds a four-digit year: look for one only around each four-digit
     * number, which is much faster than trying every date form at every position of a title slide full of
     * inline styles.
     */
    public static Optional<TextRange> find(CharSequence text) {
        Matcher year = YEAR.matcher(text);
        Matcher date = DATE.matcher(text).useTransparentBounds(true);
        while (year.find()) {
            date.region(Math.max(0, year.start() - 20), Math.min(text.length(), year.end() + 6));
            if (date.find()) {
                return Optional.of(new TextRange(date.start(), date.end()));
            }
        }
        return Optional.empty();
    }

    /** Every placeholder date in the text: shaped like a date, with letters where the digits go. */
    public static List<TextRange> placeholders(CharSequence text) {
        List<TextRange> found = new ArrayList<>();
        Matcher placeholder = DATE_SHAPE.matcher(text);
        while (placeholder.find()) {
            if (!placeholder.group().chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.')) {
                found.add(new TextRange(placeholder.start(), placeholder.end()));
            }
        }
        return found;
    }
}
