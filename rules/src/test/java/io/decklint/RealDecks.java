package io.decklint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real decks kept in this repository, found from any module's working folder: the seed decks in
 * {@code examples/} (CC BY-ND: read them, never change them) and the decks under
 * {@code rules/src/test/resources/decks/changeable/}, whose licences allow changes, for tests that edit decks.
 */
public final class RealDecks {
    private static final Path CHANGEABLE = Path.of("rules/src/test/resources/decks/changeable");

    private RealDecks() {}

    private static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(CHANGEABLE))) {
                return dir;
            }
        }
        throw new IllegalStateException("the repository's decks are not above " + Path.of("").toAbsolutePath());
    }

    /** A seed deck of {@code examples/}: an SCS deck, to be used unchanged. */
    public static Path seed(String name) {
        return repository().resolve("examples").resolve(name);
    }

    /** Decks whose licence allows changes, sorted by name (see their ATTRIBUTION.md). */
    public static List<Path> changeable() {
        try (Stream<Path> files = Files.list(repository().resolve(CHANGEABLE))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("ATTRIBUTION.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path deck) {
        try {
            return Files.readString(deck, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
