package io.decklint.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the same folder, which is then renamed
 * over the target, so a reader (an editor, a browser, git) never sees half a deck or half a page. A file that
 * exists keeps its mode, and a link is followed, so the file it points to is replaced; a new file gets the mode
 * any new file gets.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Writes {@code text} as UTF-8 to {@code path}. */
    public static void write(Path path, String text) throws IOException {
        Path target = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write " + path + ": the folder " + folder + " does not exist");
        }
        Path temp = createTemp(folder, target.getFileName().toString());
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            if (Files.exists(target)) {
                keepMode(target, temp);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file readable like any new file (the umask decides), not private like a default temp file. */
    private static Path createTemp(Path folder, String name) throws IOException {
        try {
            return Files.createTempFile(folder, "." + name + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(folder, "." + name + ".", ".tmp");
        }
    }

    private static void keepMode(Path target, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the default mode
        }
    }
}
