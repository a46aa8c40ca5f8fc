package io.decklint.cli;

import java.nio.file.Path;

/**
 * A file to lint. A file named on the command line is linted whatever its front matter says; one found by
 * walking a folder only if it is a deck. A staged target is read from git's index, as it will be committed;
 * one with a text (read from standard input) is that text, with {@code path} only naming it.
 */
record Target(Path path, boolean named, boolean staged, String text) {
    Target(Path path, boolean named, boolean staged) {
        this(path, named, staged, null);
    }

    byte[] readStaged(Path repository) throws DeckFile.Unreadable {
        return Git.stagedContent(repository, path);
    }
}
