package io.decklint.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies edits that all refer to offsets of the same original text. */
public final class TextEdits {
    private TextEdits() {}

    /** Applies non-conflicting edits; every byte outside them stays as it was. */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int cursor = 0;
        TextEdit previous = null;
        for (TextEdit edit : sorted) {
            if (edit.end() > text.length()) {
                throw new IllegalArgumentException("edit " + edit + " runs past the end of the text");
            }
            if (previous != null && previous.conflictsWith(edit)) {
                throw new IllegalArgumentException("edits " + previous + " and " + edit + " overlap");
            }
            out.append(text, cursor, edit.offset()).append(edit.replacement());
            cursor = edit.end();
            previous = edit;
        }
        return out.append(text, cursor, text.length()).toString();
    }

    /** True when none of {@code edits} conflicts with one of {@code chosen} or with another of them. */
    public static boolean fitsWith(List<TextEdit> chosen, List<TextEdit> edits) {
        List<TextEdit> taken = new ArrayList<>(chosen);
        for (TextEdit edit : edits) {
            for (TextEdit other : taken) {
                if (other.conflictsWith(edit)) {
                    return false;
                }
            }
            taken.add(edit);
        }
        return true;
    }
}
