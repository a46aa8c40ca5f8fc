package io.decklint.spelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Words within a small Damerau–Levenshtein distance of a misspelt word, ranked by distance, then by how
 * common they are. Candidates are made by editing the word (deleting, swapping, replacing and inserting
 * letters) and looking each edit up, so the cost depends on the word's length, not on the vocabulary's size.
 * Words of eight letters or more also get candidates two edits away, the second edit a deletion or a swap.
 * Words longer than {@link #MAX_LENGTH} get none: their edits cost more with every letter (a 400-letter word
 * has millions), and a string that long is not a typo of an English word.
 */
final class Suggestions {
    /** A suggested word, how many edits away, and how common (a frequency class; higher is more common). */
    record Candidate(String word, int distance, int frequency) {}

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final int SECOND_EDIT_LENGTH = 8;
    /** Longer than the longest English words ("antidisestablishmentarianism" has 28 letters). */
    static final int MAX_LENGTH = 30;

    private Suggestions() {}

    /**
     * The candidates for a lower-case word, best first; {@code frequency} gives a candidate's class, or a
     * negative number for a string that is not a word. With {@code secondEdit}, long words without a
     * candidate one edit away get those two edits away.
     */
    static List<Candidate> of(String lower, ToIntFunction<String> frequency, boolean secondEdit) {
        if (lower.length() > MAX_LENGTH) {
            return List.of();
        }
        Map<String, Candidate> found = new HashMap<>();
        List<String> firstEdits = edits(lower, true);
        for (String edit : firstEdits) {
            consider(edit, 1, frequency, found);
        }
        if (secondEdit && found.isEmpty() && lower.length() >= SECOND_EDIT_LENGTH) {
            for (String edit : firstEdits) {
                for (String second : edits(edit, false)) {
                    consider(second, 2, frequency, found);
                }
            }
        }
        found.remove(lower);
        return ranked(found.values());
    }

    /** Candidates by distance, then by frequency, most common first. */
    static List<Candidate> ranked(Collection<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::frequency,
                Comparator.reverseOrder()).thenComparing(Candidate::word));
        return List.copyOf(ranked);
    }

    private static void consider(String word, int distance, ToIntFunction<String> frequency,
            Map<String, Candidate> found) {
        if (found.containsKey(word)) {
            return;
        }
        int f = frequency.applyAsInt(word);
        if (f >= 0) {
            found.put(word, new Candidate(word, distance, f));
        }
    }

    /** Every string one edit away; with {@code all} false only deletions and swaps of neighbours. */
    private static List<String> edits(String word, boolean all) {
        List<String> edits = new ArrayList<>();
        int n = word.length();
        StringBuilder b = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            b.setLength(0);
            edits.add(b.append(word, 0, i).append(word, i + 1, n).toString());
            if (i + 1 < n) {
                b.setLength(0);
                edits.add(b.append(word, 0, i).append(word.charAt(i + 1)).append(word.charAt(i))
                        .append(word, i + 2, n).toString());
            }
        }
        if (!all) {
            return edits;
        }
        for (int i = 0; i <= n; i++) {
            for (int l = 0; l < LETTERS.length(); l++) {
                char c = LETTERS.charAt(l);
                b.setLength(0);
                edits.add(b.append(word, 0, i).append(c).append(word, i, n).toString());
                if (i < n && word.charAt(i) != c) {
                    b.setLength(0);
                    edits.add(b.append(word, 0, i).append(c).append(word, i + 1, n).toString());
                }
            }
        }
        return edits;
    }
}
