package io.decklint.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file that anyone may have named or put in a folder: only a regular file (a pipe would block the
 * reader for ever, {@code /dev/zero} never ends), and never more than a limit, counted while reading rather
 * than trusted from the file's size, which a device or a growing file does not tell.
 */
public final class BoundedFile {
    private BoundedFile() {}

    /** The path names a folder. */
    public static final class IsDirectory extends IOException {
        IsDirectory(Path path) {
            super(path + " is a directory");
        }
    }

    /** The path names a pipe, a device, a socket or another thing that is not a file of bytes on disk. */
    public static final class NotRegular extends IOException {
        NotRegular(Path path) {
            super(path + " is not a regular file");
        }
    }

    /** There are more bytes than the limit allows. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** The file's bytes; a link is followed to what it names, which must be a regular file too. */
    public static byte[] read(Path path, int limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IsDirectory(path);
        }
        if (!attributes.isRegularFile()) {
            throw new NotRegular(path);
        }
        if (attributes.size() > limit) {
            throw new TooLarge(limit);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, limit);
        }
    }

    /**
     * The file's text, which must be UTF-8.
     *
     * @throws java.nio.charset.CharacterCodingException when it is not
     */
    public static String readUtf8(Path path, int limit) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(read(path, limit))).toString();
    }

    /** At most {@code limit} bytes from the stream, which is read only one byte past the limit. */
    public static byte[] read(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit && in.read() != -1) {
            throw new TooLarge(limit);
        }
        return bytes;
    }
}
