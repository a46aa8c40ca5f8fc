package io.decklint.theme;

import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import java.util.List;
import java.util.Optional;

/**
 * A deck converted to a theme: the edits to its original text (everything outside them stays byte for byte),
 * what the conversion has to tell, and which theme the deck looked like before.
 */
public record Conversion(Theme theme, Optional<ThemeLikeness> before, List<TextEdit> edits,
        List<ConversionNote> notes) {
    public Conversion {
        edits = List.copyOf(edits);
        notes = List.copyOf(notes);
    }

    public boolean changes() {
        return !edits.isEmpty();
    }

    /** "converted to scs-2024 (scs-2023, 100% alike before); 9 edits.", or that the deck has the theme already. */
    public String summary() {
        return changes()
                ? "converted to " + theme.name() + " (" + before.map(ThemeLikeness::describe).orElse("no theme")
                        + " before); " + edits.size() + " edits."
                : "already has the theme " + theme.name() + ": nothing to change.";
    }

    public String apply(String text) {
        return TextEdits.apply(text, edits);
    }
}
