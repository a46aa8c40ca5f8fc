package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.lint.Fix;
import io.decklint.lint.FixAction;
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
import java.util.stream.Stream;

/**
 * Misspelt words in a deck's prose. A known misspelling is a warning with one safe fix; an unknown word that
 * is one edit from a common word is reported as a likely typo (info) with suggestions. Unknown words that
 * are not near any common word are taken for names. Not a {@code SlideRule}: the deck's own section names
 * and the words of its workspace count as vocabulary. The finding's {@code data} is the word; each finding
 * also offers, for editors, to add the word to the workspace words or to the user's own words.
 */
public final class SpellingRule implements Rule {
    public static final String ID = "spelling";
    private static final RuleMeta META = new RuleMeta(ID, Severity.WARNING, true,
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
            Fix replace = Fix.safe("Replace with \"" + correction + "\"", TextEdit.replace(finding.range(), correction));
            if (finding.lookalike()) { // a word that only looks right is never one to learn
                context.reportWithData(Severity.WARNING, finding.range(), "\"" + word + "\" mixes Latin letters with "
                        + "Cyrillic or Greek ones that look the same: it looks right on the slide but breaks search; "
                        + "write \"" + correction + "\".", word, replace);
            } else {
                context.reportWithData(Severity.WARNING, finding.range(), "\"" + word + "\" is misspelt: write \""
                        + correction + "\".", word, replace, addToWorkspace(word), addToUser(word));
            }
            return;
        }
        Fix[] fixes = Stream.concat(suggestions.stream()
                .map(s -> Fix.suggestion("Replace with \"" + s + "\"", TextEdit.replace(finding.range(), s))),
                Stream.of(addToWorkspace(word), addToUser(word))).toArray(Fix[]::new);
        context.reportWithData(Severity.INFO, finding.range(), "\"" + word + "\" is not a known word; did you mean "
                + suggestions.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" or ")) + "?", word,
                fixes);
    }

    /** The word list the command line reads too: {@code .decklint-words.txt} beside the configuration. */
    private static Fix addToWorkspace(String word) {
        return Fix.action("Add \"" + word + "\" to workspace words", FixAction.addWord(word));
    }

    /** The user's own list, kept by the editor, as cSpell's "user words" are. */
    private static Fix addToUser(String word) {
        return Fix.action("Add \"" + word + "\" to user words", FixAction.addUserWord(word));
    }
}
