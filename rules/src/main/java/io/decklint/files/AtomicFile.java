package io.decklint.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the same folder, which is then renamed
 * over the target, so a reader (an editor, a browser, git) never sees half a deck or half a page. A file that
 * exists keeps its mode, and a link is followed, so the file it points to is replaced; a new file gets the mode
 * any new file gets.
 *
 * <p>A write that is killed leaves its temporary file, {@code .NAME.<digits>.tmp}, behind. The first write
 * into a folder (once a process: a run over a thousand decks of one folder lists it once) removes the
 * leftovers there of files that exist or of the file it writes. The writer holds a lock on its temporary file
 * until the rename, so a write still running in another process (two runs of {@code --fix} at once) keeps
 * its file.
 */
public final class AtomicFile {
    /** Younger leftovers may be a write that has not taken its lock yet. */
    static final Duration STALE_AFTER = Duration.ofSeconds(10);
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.\\d+\\.tmp");
    /** The folders this process has tidied already. */
    private static final Set<Path> TIDIED = ConcurrentHashMap.newKeySet();

    private AtomicFile() {}

    /** Writes {@code text} as UTF-8 to {@code path}. */
    public static void write(Path path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code path}. */
    public static void write(Path path, byte[] content) throws IOException {
        Path target = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write " + path + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + path + ": it is a folder");
        }
        String name = target.getFileName().toString();
        if (TIDIED.add(folder)) {
            removeLeftovers(folder, name);
        }
        Path temp = createTemp(folder, name);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                if (Files.exists(target)) {
                    keepMode(target, temp);
                }
                move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes the temporary files that killed writes left in the folder. A leftover is ours by its exact name,
     * {@code .NAME.<digits>.tmp}, where NAME is a file in the folder (a killed write leaves its target as it
     * was) or the file being written now; it is stale when it is not new and no write holds its lock.
     */
    private static void removeLeftovers(Path folder, String writing) {
        Instant stale = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, file -> isLeftover(file, writing))) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(stale)) {
                    removeUnlessLocked(file);
                }
            }
        } catch (IOException e) {
            // Tidying up is not the write: a leftover that cannot be removed stays.
        }
    }

    private static boolean isLeftover(Path file, String writing) {
        Matcher name = LEFTOVER.matcher(file.getFileName().toString());
        return name.matches()
                && (name.group(1).equals(writing) || Files.isRegularFile(file.resolveSibling(name.group(1))));
    }

    private static void removeUnlessLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock != null) {
                Files.delete(file);
            }
        } catch (OverlappingFileLockException e) {
            // being written by this process right now
        } catch (IOException e) {
            // gone meanwhile, or not ours to remove: it stays
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
