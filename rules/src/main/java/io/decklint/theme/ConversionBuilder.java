package io.decklint.theme;

import io.decklint.lint.Severity;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects a conversion's edits and notes from its parts (front matter, style block, title slides). */
final class ConversionBuilder {
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<ConversionNote> notes = new ArrayList<>();

    void edit(TextEdit edit) {
        edits.add(edit);
    }

    void note(Severity severity, TextRange range, String message) {
        notes.add(new ConversionNote(severity, range, message));
    }

    /**
     * The edits, with insertions at the same offset as another edit joined to it in the order they came: the
     * parts insert independently (a new key, a new comment) where their text meets.
     */
    List<TextEdit> edits() {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset));
        List<TextEdit> joined = new ArrayList<>();
        for (TextEdit edit : sorted) {
            TextEdit last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.offset() == edit.offset() && (last.length() == 0 || edit.length() == 0)) {
                joined.set(joined.size() - 1, new TextEdit(last.offset(), last.length() + edit.length(),
                        last.length() == 0 ? last.replacement() + edit.replacement()
                                : edit.replacement() + last.replacement()));
            } else {
                joined.add(edit);
            }
        }
        return joined;
    }

    List<ConversionNote> notes() {
        List<ConversionNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparingInt((ConversionNote n) -> n.range().start()));
        return sorted;
    }
}
