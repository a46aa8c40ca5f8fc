package io.decklint.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Optimal-string-alignment (Damerau–Levenshtein) distance, for "did you mean" suggestions. */
public final class EditDistance {
    private EditDistance() {}

    /** The distance between two strings, or {@code max + 1} as soon as it is known to exceed {@code max}. */
    public static int between(CharSequence a, CharSequence b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }

    /** The candidate closest to {@code word} ignoring case, if one is within {@code max} edits. */
    public static Optional<String> closest(String word, Collection<String> candidates, int max) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = max + 1;
        for (String candidate : candidates) {
            int distance = between(lower, candidate.toLowerCase(Locale.ROOT), max);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
