package io.decklint.spelling;

import io.decklint.deck.Deck;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The prose words of one file, counted: for each word in lower case, how often the file uses it and the keys
 * of the lines it is on ({@link ProseWords.Word#line}). What a {@link WorkspaceVocabulary} adds up, and what a
 * {@link VocabularyCache} keeps so that an unchanged file is not parsed again.
 */
final class FileWords {
    /** How often a file uses a word, and the distinct keys of its lines. */
    record Use(int uses, int[] lines) {}

    private final Map<String, Use> words;

    FileWords(Map<String, Use> words) {
        this.words = words;
    }

    static FileWords of(String text) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Set<Integer>> lines = new HashMap<>();
        for (ProseWords.Word word : ProseWords.of(Deck.parse(text)).words()) {
            String lower = word.lower();
            uses.merge(lower, 1, Integer::sum);
            lines.computeIfAbsent(lower, w -> new LinkedHashSet<>()).add(word.line());
        }
        Map<String, Use> words = new HashMap<>();
        uses.forEach((word, n) -> words.put(word,
                new Use(n, lines.get(word).stream().mapToInt(Integer::intValue).toArray())));
        return new FileWords(words);
    }

    Map<String, Use> words() {
        return words;
    }
}
