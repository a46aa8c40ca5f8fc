package io.decklint.editor;

import io.decklint.lint.Diagnostic;
import io.decklint.rules.SpellingRule;
import java.util.List;

/**
 * The word a user is still typing. Half a word is rarely a word, so a squiggle under it while the user types on
 * is noise: an editor holds back the spelling findings on the word the caret is in or at either end of, until
 * the caret leaves the word or typing pauses, as cSpell ({@code hideIssuesWhileTyping}) and LTeX do. Other
 * rules' findings are never held: they are about the deck, not about the word's letters.
 */
public final class WordBeingTyped {
    private WordBeingTyped() {}

    /** Whether {@code finding} is about the word around {@code caret} (a deck offset) and so waits. */
    public static boolean holds(Diagnostic finding, int caret) {
        return finding.rule().equals(SpellingRule.ID) && finding.range().start() <= caret
                && caret <= finding.range().end();
    }

    /** The findings to show while the caret is at {@code caret}. */
    public static List<Diagnostic> shown(List<Diagnostic> findings, int caret) {
        return findings.stream().filter(f -> !holds(f, caret)).toList();
    }
}
