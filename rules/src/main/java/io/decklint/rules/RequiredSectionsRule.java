package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deck has a section for each configured name, in the configured order. A section is a slide whose
 * first heading starts with the name (or an alias) as whole words, compared on the words the audience sees.
 * Without a {@code sections} option (from {@code .decklint.yml} or a rule pack) the rule checks nothing.
 */
public final class RequiredSectionsRule implements Rule {
    private static final RuleMeta META = new RuleMeta("required-sections", Severity.WARNING, false,
            "A section the configuration asks for is missing, or stands out of the configured order.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<String> options() {
        return List.of("sections", "ordered");
    }

    @Override
    public void validate(RuleOptions options) {
        SectionOptions.read(options);
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        SectionOptions options = SectionOptions.read(context.options());
        if (options.sections().isEmpty()) {
            return;
        }
        DeckSections sections = DeckSections.locate(deck, options.sections());
        for (int order = 0; order < options.sections().size(); order++) {
            SectionSpec spec = options.sections().get(order);
            if (sections.at(order).isEmpty() && !spec.optional()) {
                reportMissing(deck, sections, order, spec, context);
            }
        }
        if (options.ordered()) {
            reportOutOfOrder(deck, sections, context);
        }
    }

    private static void reportMissing(Deck deck, DeckSections sections, int order, SectionSpec spec,
            RuleContext context) {
        String missing = "No \"" + spec.name() + "\" section (a slide whose first heading starts with "
                + spec.spellings() + ")";
        Optional<DeckSections.Found> before = sections.presentBefore(order);
        Optional<DeckSections.Found> after = sections.presentAfter(order);
        if (before.isPresent()) {
            DeckSections.Found previous = before.get();
            context.report(headingRange(sections, previous), missing + ": it belongs after \""
                    + previous.spec().name() + "\".", Fix.suggestion("Add a \"" + spec.name() + "\" slide after \""
                            + previous.spec().name() + "\"", StubSlide.after(deck, previous.last(), spec.name())));
        } else if (after.isPresent()) {
            DeckSections.Found next = after.get();
            String message = missing + ": it belongs before \"" + next.spec().name() + "\".";
            TextRange at = headingRange(sections, next);
            if (next.first() == 0) {
                context.report(at, message);
            } else {
                context.report(at, message, Fix.suggestion("Add a \"" + spec.name() + "\" slide before \""
                        + next.spec().name() + "\"", StubSlide.after(deck, next.first() - 1, spec.name())));
            }
        } else {
            context.report(deckStart(deck), missing + ".", Fix.suggestion("Add a \"" + spec.name()
                    + "\" slide at the end", StubSlide.after(deck, deck.slides().size() - 1, spec.name())));
        }
    }

    /**
     * The sections that stand out of the configured order: those off the longest run of sections that does
     * follow it, so that one section moved too early or too late is one finding, not one for every section
     * it jumped over.
     */
    private static void reportOutOfOrder(Deck deck, DeckSections sections, RuleContext context) {
        List<DeckSections.Found> found = sections.inDeckOrder();
        List<DeckSections.Found> inOrder = longestOrderedRun(found);
        for (DeckSections.Found section : found) {
            if (inOrder.contains(section)) {
                continue;
            }
            String message = "\"" + section.spec().name() + "\" is out of order: "
                    + rightPlace(deck, section, inOrder) + ".";
            context.report(headingRange(sections, section), message);
        }
    }

    /** Says which section it should follow, or, when it is too late rather than too early, precede. */
    private static String rightPlace(Deck deck, DeckSections.Found section, List<DeckSections.Found> inOrder) {
        DeckSections.Found follow = null;
        DeckSections.Found precede = null;
        for (DeckSections.Found other : inOrder) {
            if (other.order() < section.order()) {
                follow = other;
            } else if (precede == null) {
                precede = other;
            }
        }
        if (follow != null && follow.first() > section.first()) {
            return "it belongs after \"" + follow.spec().name() + "\" (slide " + slideOf(deck, follow) + ")";
        }
        return "it belongs before \"" + precede.spec().name() + "\" (slide " + slideOf(deck, precede) + ")";
    }

    /**
     * The longest subsequence of the sections, in deck order, whose configured order rises. Among equally
     * long ones it keeps the later sections, so the section that jumped ahead is the one reported.
     */
    private static List<DeckSections.Found> longestOrderedRun(List<DeckSections.Found> found) {
        int n = found.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (found.get(j).order() < found.get(i).order() && length[j] + 1 >= length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (end < 0 || length[i] >= length[end]) {
                end = i;
            }
        }
        List<DeckSections.Found> run = new ArrayList<>();
        for (int i = end; i >= 0; i = previous[i]) {
            run.add(0, found.get(i));
        }
        return run;
    }

    private static String slideOf(Deck deck, DeckSections.Found section) {
        return deck.slides().get(section.first()).index().toString();
    }

    private static TextRange headingRange(DeckSections sections, DeckSections.Found section) {
        return sections.slide(section.first()).rangeOf(sections.heading(section));
    }

    /** Where a deck with none of its sections is reported: its first heading, or where its slides begin. */
    private static TextRange deckStart(Deck deck) {
        Slide first = deck.slides().get(0);
        return HeadingText.firstHeading(first).map(first::rangeOf).orElse(TextRange.at(deck.bodyStart()));
    }
}
