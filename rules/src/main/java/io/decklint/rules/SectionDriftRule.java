package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.lint.Fix;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.series.SectionDrift;
import io.decklint.series.SectionHeadings;
import io.decklint.series.SeriesPlace;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.Optional;

/**
 * A section heading that drifted from how the deck's series spells it ("Team IAM & Sec" where the other decks
 * say "Team IAM & Security"). Learnt from the saved decks of the deck's series (see
 * {@link io.decklint.series}), so it says nothing about a deck with no siblings.
 */
public final class SectionDriftRule implements Rule {
    private static final RuleMeta META = new RuleMeta("section-drift", Severity.WARNING, false,
            "A section heading is close to, but not, the series' name for that section.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        Optional<SeriesPlace> place = context.series();
        if (place.isEmpty()) {
            return;
        }
        for (SectionDrift.Drift drift : SectionDrift.of(deck, place.get())) {
            String name = drift.section().name();
            String message = "\"" + drift.heading().name() + "\" is close to \"" + name + "\", the series' name for "
                    + "this section (in " + drift.section().decks() + " of " + drift.decks()
                    + " other decks): spell it the series' way, so readers and the section checks find it.";
            Optional<TextRange> written = writtenName(deck, drift.heading());
            if (written.isPresent()) {
                context.report(drift.heading().range(), message,
                        Fix.suggestion("Write \"" + name + "\"", TextEdit.replace(written.get(), name)));
            } else {
                context.report(drift.heading().range(), message);
            }
        }
    }

    /** Where the heading's source spells the drifted name as the audience reads it, when it does so once. */
    private static Optional<TextRange> writtenName(Deck deck, SectionHeadings.Opening heading) {
        String source = heading.range().of(deck.text());
        int at = source.indexOf(heading.name());
        if (at < 0 || source.indexOf(heading.name(), at + 1) >= 0) {
            return Optional.empty();
        }
        int start = heading.range().start() + at;
        return Optional.of(new TextRange(start, start + heading.name().length()));
    }
}
