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

/**
 * The opening slides of a deck that recurs (a weekly call) show its date. A template's placeholder date
 * ({@code 202X-XX-XX}) left on them is always reported; a missing date only when {@code required} is set, as
 * the community-call pack does.
 */
public final class TitleDateRule implements Rule {
    private static final RuleMeta META = new RuleMeta("title-date", Severity.WARNING, false,
            "The title slide shows a placeholder date, or (when required) no date at all.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<String> options() {
        return List.of("slides", "required");
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
            for (Node block : slide.visibleBlocks()) {
                TextRange range = slide.rangeOf(block);
                String text = range.of(deck.text());
                for (TextRange placeholder : CallDates.placeholders(text)) {
                    dated = true; // the placeholder's finding already asks for the date
                    context.report(placeholder.shift(range.start()), "This slide shows the placeholder date \""
                            + placeholder.of(text) + "\": put in the date of the talk.");
                }
                dated |= CallDates.find(text).isPresent();
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

    /** How many opening slides may carry the date. */
    private static int openingSlides(RuleOptions options) {
        int slides = options.integer("slides", 1);
        if (slides < 1) {
            throw new RuleOptions.OptionException(options.origin() + ": option 'slides' must be 1 or more");
        }
        return slides;
    }
}
