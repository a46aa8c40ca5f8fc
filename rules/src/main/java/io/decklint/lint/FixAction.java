package io.decklint.lint;

import java.util.List;

/**
 * A change a fix makes outside the deck's text, which the editor carries out when the user picks the fix
 * (say, adding a word to the workspace's word list). {@code --fix} never applies one: it edits decks only.
 *
 * @param kind what to do, one of the constants below
 * @param arguments what to do it with
 */
public record FixAction(String kind, List<String> arguments) {
    /** Adds {@code arguments[0]} to the words file of the deck's configuration ({@code .decklint-words.txt}). */
    public static final String ADD_WORD = "add-word";
    /**
     * Adds {@code arguments[0]} to the user's own words, which the editor keeps and sends with its settings
     * (in VS Code the {@code decklint.spelling.userWords} setting), for every deck the user opens.
     */
    public static final String ADD_USER_WORD = "add-user-word";

    public FixAction {
        arguments = List.copyOf(arguments);
    }

    public static FixAction addWord(String word) {
        return new FixAction(ADD_WORD, List.of(word));
    }

    public static FixAction addUserWord(String word) {
        return new FixAction(ADD_USER_WORD, List.of(word));
    }
}
