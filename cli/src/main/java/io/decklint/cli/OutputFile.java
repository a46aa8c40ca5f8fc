package io.decklint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file the command produces (a rendered deck, a slide map) whole or not at all. */
final class OutputFile {
    private OutputFile() {}

    static void write(Path path, String text) throws IOException {
        Path target = path.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write " + path + ": the folder " + folder + " does not exist");
        }
        Path temp = createTemp(folder, target.getFileName().toString());
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
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
}
