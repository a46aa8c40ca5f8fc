package io.decklint.lint;

import io.decklint.text.TextEdit;
import java.util.List;

/**
 * A change that resolves a finding: edits to the original text. A safe fix is one {@code --fix} and "fix all"
 * apply unasked; other fixes (a guessed spelling, a guessed file name) are offered as quick fixes only.
 */
public record Fix(String title, List<TextEdit> edits, boolean safe) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true);
    }

    public static Fix suggestion(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), false);
    }
}
