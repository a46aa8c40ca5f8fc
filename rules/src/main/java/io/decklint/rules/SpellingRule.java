package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.lint.Fix;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;
import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.ProseWords;
import io.decklint.spelling.SpellingChecker;
import io.decklint.text.TextEdit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Misspelt words in a deck's prose. A known misspelling is a warning with one safe fix; an unknown word that
 * is one edit from a common word is reported as a likely typo (info) with suggestions. Unknown words that
 * are not near any common word are taken for names. Not a {@code SlideRule}: the deck's own section names
 * and the words of its workspace count as vocabulary. The finding's {@code data} is the word, for an editor's
 * "add to the workspace words".
 */
public final class SpellingRule implements Rule {
    private static final RuleMeta META = new RuleMeta("spelling", Severity.WARNING, true,
            "A word in the slides' text is misspelt.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<String> options() {
        return List.of("learn");
    }

    @Override
    public void validate(RuleOptions options) {
        options.bool("learn", true);
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        RuleOptions options = context.options();
        WorkspaceWords workspace = options.bool("learn", true) ? context.environment().workspaceWords()
                : WorkspaceWords.NONE;
        SpellingChecker checker = new SpellingChecker(context.words(), workspace);
        for (SpellingChecker.Finding finding : checker.check(ProseWords.of(deck))) {
            report(finding, context);
        }
    }

    private static void report(SpellingChecker.Finding finding, RuleContext context) {
        String word = finding.word();
        List<String> suggestions = finding.suggestions();
        if (finding.confidence() == SpellingChecker.Confidence.SURE) {
            String correction = suggestions.get(0);
            String message = finding.lookalike()
                    ? "\"" + word + "\" mixes Latin letters with Cyrillic or Greek ones that look the same: it "
                            + "looks right on the slide but breaks search; write \"" + correction + "\"."
                    : "\"" + word + "\" is misspelt: write \"" + correction + "\".";
            context.reportWithData(Severity.WARNING, finding.range(), message, word,
                    Fix.safe("Replace with \"" + correction + "\"", TextEdit.replace(finding.range(), correction)));
            return;
        }
        Fix[] fixes = suggestions.stream()
                .map(s -> Fix.suggestion("Replace with \"" + s + "\"", TextEdit.replace(finding.range(), s)))
                .toArray(Fix[]::new);
        context.reportWithData(Severity.INFO, finding.range(), "\"" + word + "\" is not a known word; did you mean "
                + suggestions.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" or ")) + "?", word,
                fixes);
    }
}
