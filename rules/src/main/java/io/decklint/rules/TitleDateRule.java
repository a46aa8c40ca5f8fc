package io.decklint.rules;

import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening slides of a deck that recurs (a weekly call) show its date. A template's placeholder date
 * ({@code 202X-XX-XX}) left on them is always reported; a missing date only when {@code required} is set, as
 * the community-call pack does.
 */
public final class TitleDateRule implements Rule {
    private static final RuleMeta META = new RuleMeta("title-date", Severity.WARNING, false,
            "The title slide shows a placeholder date, or (when required) no date at all.");
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

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void validate(RuleOptions options) {
        openingSlides(options);
        options.bool("required", false);
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        List<Slide> opening = deck.slides().subList(0, Math.min(openingSlides(context.options()), deck.slides().size()));
        boolean dated = false;
        for (Slide slide : opening) {
            for (Node block : SlideContent.visibleBlocks(slide)) {
                TextRange range = slide.rangeOf(block);
                String text = range.of(deck.text());
                Matcher placeholder = DATE_SHAPE.matcher(text);
                while (placeholder.find()) {
                    if (placeholder.group().chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.')) {
                        continue;
                    }
                    dated = true; // the placeholder's finding already asks for the date
                    context.report(new TextRange(range.start() + placeholder.start(), range.start() + placeholder.end()),
                            "This slide shows the placeholder date \"" + placeholder.group()
                                    + "\": put in the date of the talk.");
                }
                dated |= containsDate(text);
            }
        }
        if (!dated && context.options().bool("required", false)) {
            Slide first = deck.slides().get(0);
            TextRange at = HeadingText.firstHeading(first).map(first::rangeOf).orElse(TextRange.at(deck.bodyStart()));
            String where = opening.size() == 1 ? "The title slide shows" : "The first " + opening.size() + " slides show";
            context.report(at, where + " no date: add the date of the talk (such as 2024-06-27), so the deck says which "
                    + "one it is.");
        }
    }

    /**
     * A date holds a four-digit year: look for one only around each four-digit number, which is much faster
     * than trying every date form at every position of a title slide full of inline styles.
     */
    private static boolean containsDate(String text) {
        Matcher year = YEAR.matcher(text);
        Matcher date = DATE.matcher(text).useTransparentBounds(true);
        while (year.find()) {
            date.region(Math.max(0, year.start() - 20), Math.min(text.length(), year.end() + 6));
            if (date.find()) {
                return true;
            }
        }
        return false;
    }

    /** How many opening slides may carry the date; checks that no unknown option is set. */
    private static int openingSlides(RuleOptions options) {
        options.allowOnly(META.id(), List.of("slides", "required"));
        int slides = options.integer("slides", 1);
        if (slides < 1) {
            throw new RuleOptions.OptionException(options.origin() + ": option 'slides' must be 1 or more");
        }
        return slides;
    }
}
