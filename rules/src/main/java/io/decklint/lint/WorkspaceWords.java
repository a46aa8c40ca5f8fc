package io.decklint.lint;

import java.util.Collection;
import java.util.List;

/**
 * What the decks of a workspace (the folder tree a deck belongs to) say about words, for rules that learn
 * vocabulary from them: a word many decks use is a name or a term, not a typo. Words are compared ignoring
 * case; implementations are safe to call from several threads, and their answers never change (a workspace
 * whose files changed is counted anew, as another object).
 */
public interface WorkspaceWords {
    WorkspaceWords NONE = new WorkspaceWords() {
        @Override
        public int uses(String word) {
            return 0;
        }

        @Override
        public int lines(String word) {
            return 0;
        }

        @Override
        public Collection<String> neighbours(String word) {
            return List.of();
        }
    };

    /** How often the word occurs in all its decks together. */
    int uses(String word);

    /**
     * In how many different lines of text the word occurs. A line copied into several decks (weekly decks
     * start as a copy of the last one) counts once, so a typo copied along is not mistaken for vocabulary.
     */
    int lines(String word);

    /**
     * The words used on at least two lines that are one edit (Damerau–Levenshtein) away from the word, in
     * lower case: the words it may be a typo of.
     */
    Collection<String> neighbours(String word);
}
