package io.decklint.config;

import io.decklint.files.AtomicFile;
import io.decklint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The words a team adds to the speller's, one a line in {@code .decklint-words.txt} beside its
 * {@code .decklint.yml}: what "add to workspace words" writes to.
 */
public final class WorkspaceWords {
    private WorkspaceWords() {}

    /** The words file for decks under {@code configuration}, or in {@code fallbackFolder} when it has none. */
    public static Path fileFor(Configuration configuration, Path fallbackFolder) {
        return configuration.folder().orElse(fallbackFolder).resolve(Configurations.WORDS_FILE);
    }

    /**
     * Adds a word to the file (creating it), keeping its line endings; a word already listed is not added
     * twice. The file is replaced in one step, so a reader never sees half of it.
     *
     * @return false when the word was already there
     */
    public static boolean add(Path file, String word) throws IOException {
        String cleaned = word.strip();
        if (cleaned.isEmpty() || cleaned.contains("\n") || cleaned.contains("\r")) {
            throw new IllegalArgumentException("not a word: '" + word + "'");
        }
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (text.lines().map(String::strip).anyMatch(cleaned::equals)) {
            return false;
        }
        String newline = new SourceText(text).lineEnding();
        boolean endsWithBreak = text.isEmpty() || SourceText.isLineBreak(text.charAt(text.length() - 1));
        String updated = text + (endsWithBreak ? "" : newline) + cleaned + newline;
        AtomicFile.write(file, updated);
        return true;
    }
}
