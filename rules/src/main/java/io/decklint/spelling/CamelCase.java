package io.decklint.spelling;

import java.util.ArrayList;
import java.util.List;

/** Splits CamelCase names into their parts: {@code KubeVirt}, {@code HTTPServer}, {@code dNation}. */
final class CamelCase {
    private CamelCase() {}

    /** The parts as {@code [start, end)} pairs. */
    static List<int[]> parts(String word) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char before = word.charAt(i - 1);
            char c = word.charAt(i);
            boolean lowerToUpper = Character.isLowerCase(before) && Character.isUpperCase(c);
            boolean acronymToWord = Character.isUpperCase(before) && Character.isUpperCase(c)
                    && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1));
            if (lowerToUpper || acronymToWord || c == '\'') {
                parts.add(new int[] {start, i});
                start = c == '\'' ? i + 1 : i;
            }
        }
        parts.add(new int[] {start, word.length()});
        return parts;
    }
}
