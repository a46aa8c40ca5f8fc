package io.decklint.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Replaces a file in one step: the new text goes to a temporary file beside it, which is renamed over it. A
 * reader, an editor or a crash in between never sees half a file, and a failed write leaves the old one as it
 * was. A file that exists keeps its permissions (a new one gets the usual ones), and a symbolic link keeps pointing at the file it names.
 */
public final class AtomicFile {
    private AtomicFile() {}

    public static void write(Path file, String text) throws IOException {
        boolean exists = Files.exists(file);
        Path target = exists ? file.toRealPath() : file.toAbsolutePath();
        String prefix = "." + target.getFileName() + ".";
        // a temp file is private (0600); a new file gets the mode any new file gets (the umask's)
        Path temp = exists ? Files.createTempFile(target.getParent(), prefix, ".tmp")
                : Files.createFile(target.resolveSibling(prefix + UUID.randomUUID() + ".tmp"));
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            if (exists) {
                keepPermissions(target, temp);
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

    private static void keepPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the default mode
        }
    }
}
