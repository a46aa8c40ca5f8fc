package io.decklint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's real decks ({@code shared/decks}, found by walking up from the working folder). Decks under a
 * licence that forbids changes (CC BY-ND) are left out of {@link #changeable()}: tests may only edit the others.
 */
public final class RealDecks {
    private RealDecks() {}

    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path decks = dir.resolve("shared/decks");
            if (Files.isRegularFile(decks.resolve("corpus/SOURCES.tsv"))) {
                return decks;
            }
        }
        throw new IllegalStateException("shared/decks not found above " + Path.of("").toAbsolutePath());
    }

    /** A deck of {@code seeds/}: an SCS deck, to be used unchanged. */
    public static Path seed(String name) {
        return folder().resolve("seeds").resolve(name);
    }

    /** HedgeDoc decks from the corpus whose licence allows changes, sorted by name. */
    public static List<Path> changeable() {
        Path corpus = folder().resolve("corpus");
        List<Path> decks = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
                String[] columns = line.split("\t");
                if (columns.length > 6 && !columns[4].equals("license") && !columns[4].contains("ND")
                        && columns[6].startsWith("hedgedoc")) {
                    decks.add(corpus.resolve(columns[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        decks.sort(null);
        return decks;
    }

    public static String read(Path deck) {
        try {
            return Files.readString(deck, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
