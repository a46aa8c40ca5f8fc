package io.decklint.config;

import io.decklint.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Adds words to a workspace's {@value Configurations#WORDS_FILE}: comment lines at the top stay where they
 * are, the words below them are kept sorted (ignoring case) and without duplicates, the file's line endings
 * are kept, and the file is replaced in one step, so an editor or a second writer never sees it half-written.
 */
public final class WordsFile {
    private static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private WordsFile() {}

    /**
     * Adds the words to the words file in {@code folder}, creating it if needed; returns the file. Blank words
     * and words with spaces or line breaks are refused: the file holds one word a line.
     */
    public static synchronized Path add(Path folder, Collection<String> words) throws IOException {
        for (String word : words) {
            if (word.isBlank() || word.strip().chars().anyMatch(Character::isWhitespace) || word.strip().startsWith("#")) {
                throw new IllegalArgumentException("not a word for " + Configurations.WORDS_FILE + ": '" + word + "'");
            }
        }
        Path file = folder.resolve(Configurations.WORDS_FILE);
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> header = new ArrayList<>();
        TreeSet<String> sorted = new TreeSet<>(ORDER);
        boolean inHeader = true;
        for (String line : text.split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (inHeader && (trimmed.startsWith("#") || (trimmed.isEmpty() && !header.isEmpty()))) {
                header.add(line);
                continue;
            }
            inHeader = false;
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                sorted.add(trimmed);
            }
        }
        words.forEach(w -> sorted.add(w.strip()));
        while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) {
            header.remove(header.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append(newline));
        sorted.forEach(word -> out.append(word).append(newline));
        AtomicFile.write(file, out.toString());
        return file;
    }
}
