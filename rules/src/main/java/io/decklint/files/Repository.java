package io.decklint.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository a configuration belongs to: the nearest folder at or above it that holds a {@code .git}
 * (a folder, or the file a git worktree or submodule has). What a configuration reads must lie inside it.
 */
public final class Repository {
    private Repository() {}

    /** The repository's root folder for {@code folder}, if it is inside one. */
    public static Optional<Path> rootOf(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code folder} is the root of a repository (it holds a {@code .git}). */
    public static boolean isRoot(Path folder) {
        return Files.exists(folder.resolve(".git"));
    }

    /** The folder a configuration in {@code folder} may read from: its repository, else the folder itself. */
    public static Path boundaryOf(Path folder) {
        return rootOf(folder).orElse(folder.toAbsolutePath().normalize());
    }
}
