package io.decklint.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Two words written without the space between them ({@code testsare}): a split where one half is one of the
 * most common words and the other a word, offered as a suggestion one edit away.
 */
final class RunTogether {
    /** The class of the most common words: "are", "the", "and", "for", "with" and the like. */
    private static final int VERY_COMMON = 110;
    private static final int WORD = 40;

    private RunTogether() {}

    static List<Suggestions.Candidate> split(String lower, ToIntFunction<String> frequency) {
        List<Suggestions.Candidate> splits = new ArrayList<>();
        for (int i = 2; i <= lower.length() - 2; i++) {
            int left = frequency.applyAsInt(lower.substring(0, i));
            int right = frequency.applyAsInt(lower.substring(i));
            if (Math.min(left, right) >= WORD && Math.max(left, right) >= VERY_COMMON) {
                splits.add(new Suggestions.Candidate(lower.substring(0, i) + " " + lower.substring(i), 1,
                        Math.min(left, right)));
            }
        }
        return splits;
    }
}
