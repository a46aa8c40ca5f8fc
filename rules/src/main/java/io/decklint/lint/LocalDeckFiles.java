package io.decklint.lint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** The files in a saved deck's folder. The listing is bounded: a deck in a huge tree must not stall a run. */
public final class LocalDeckFiles implements DeckFiles {
    private static final int MAX_DEPTH = 4;
    private static final int MAX_FILES = 5000;

    private final Path folder;
    private volatile List<String> listing;

    public LocalDeckFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The files around the deck saved at {@code deck}. */
    public static DeckFiles around(Path deck) {
        Path parent = deck.toAbsolutePath().getParent();
        return parent == null ? DeckFiles.NONE : new LocalDeckFiles(parent);
    }

    @Override
    public boolean known() {
        return true;
    }

    @Override
    public boolean exists(String relativePath) {
        try {
            return Files.isRegularFile(folder.resolve(relativePath).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public List<String> list() {
        List<String> files = listing;
        if (files == null) {
            files = walk();
            listing = files;
        }
        return files;
    }

    private List<String> walk() {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            return !dir.equals(folder) && (name.startsWith(".") || name.equals("node_modules"))
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.add(folder.relativize(file).toString().replace('\\', '/'));
                            }
                            return files.size() < MAX_FILES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(files);
    }
}
