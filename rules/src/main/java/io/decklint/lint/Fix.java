package io.decklint.lint;

import io.decklint.text.TextEdit;
import java.util.List;

/**
 * A change that resolves a finding: edits to the original text. A safe fix is one {@code --fix} and "fix all"
 * apply unasked; other fixes (a guessed spelling, a guessed file name) are offered as quick fixes only. A fix
 * may instead carry an {@link FixAction} that the editor carries out outside the deck; such a fix is never
 * safe.
 *
 * @param action what to do outside the deck, or null for a fix made of edits
 */
public record Fix(String title, List<TextEdit> edits, boolean safe, FixAction action) {
    public Fix {
        edits = List.copyOf(edits);
        if (action != null && safe) {
            throw new IllegalArgumentException("a fix that acts outside the deck cannot be applied unasked");
        }
    }

    public Fix(String title, List<TextEdit> edits, boolean safe) {
        this(title, edits, safe, null);
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true);
    }

    public static Fix suggestion(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), false);
    }

    /** A quick fix that acts outside the deck, e.g. {@code Fix.action("Add …", FixAction.addWord(w))}. */
    public static Fix action(String title, FixAction action) {
        return new Fix(title, List.of(), false, action);
    }

    /** The same fix for the same text moved by {@code delta} characters. */
    public Fix shift(int delta) {
        return delta == 0 ? this
                : new Fix(title, edits.stream().map(e -> e.shift(delta)).toList(), safe, action);
    }
}
