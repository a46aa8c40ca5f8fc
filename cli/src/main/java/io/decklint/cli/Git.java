package io.decklint.cli;

import io.decklint.files.BoundedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The few git plumbing calls the pre-commit hook needs. */
final class Git {
    private Git() {}

    static Path topLevel() throws IOException {
        return Path.of(text(Path.of(""), "rev-parse", "--show-toplevel").strip());
    }

    static Path hooksFolder(Path repository) throws IOException {
        return repository.resolve(text(repository, "rev-parse", "--git-path", "hooks").strip());
    }

    /** Staged files that are added, copied, modified or renamed (deleted ones have nothing to lint). */
    static List<Path> stagedFiles(Path repository) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : text(repository, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR").split("\0")) {
            if (!name.isEmpty()) {
                files.add(repository.resolve(name));
            }
        }
        return files;
    }

    static byte[] stagedContent(Path repository, Path file) throws DeckFile.Unreadable {
        String name = repository.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        try {
            return run(repository, DeckFile.MAX_BYTES, "show", ":" + name);
        } catch (BoundedFile.TooLarge e) {
            throw DeckFile.tooLarge();
        } catch (IOException e) {
            throw new DeckFile.Unreadable("cannot be read from git's index: " + e.getMessage());
        }
    }

    private static String text(Path dir, String... args) throws IOException {
        return new String(run(dir, Integer.MAX_VALUE, args), StandardCharsets.UTF_8);
    }

    /** Git's output, at most {@code limit} bytes of it: a staged file may be anything. */
    private static byte[] run(Path dir, int limit, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = BoundedFile.read(in, limit);
        } catch (BoundedFile.TooLarge e) {
            process.destroy();
            throw e;
        }
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed: " + error);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git");
        }
        return out;
    }
}
