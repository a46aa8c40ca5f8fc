package io.decklint.cli;

import io.decklint.deck.Deck;
import io.decklint.files.BoundedFile;
import io.decklint.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a deck as UTF-8 text and writes it back without ever leaving it half-written. A byte-order mark is
 * kept as the text's first character, so writing the text back keeps it too; invalid UTF-8 and binary
 * files are refused with a message that says where, never decoded lossily. Only regular files are read, and
 * at most {@link #MAX_BYTES} of them.
 */
final class DeckFile {
    static final int MAX_BYTES = Deck.MAX_FILE_BYTES;

    private DeckFile() {}

    /** A deck that cannot be read as text: the message is for the user, as is. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads the one deck a command works on. An unreadable deck ends the command: the error names the deck and
     * the reason, and {@link Main}'s handler prints it and exits with {@link Main#EXIT_TROUBLE}.
     */
    static String require(Path path) throws Unreadable {
        try {
            return read(path);
        } catch (Unreadable e) {
            throw new Unreadable(path + ": " + e.getMessage());
        }
    }

    static String read(Path path) throws Unreadable {
        try {
            return decode(BoundedFile.read(path, MAX_BYTES));
        } catch (BoundedFile.IsDirectory e) {
            throw new Unreadable("is a directory, not a deck");
        } catch (BoundedFile.NotRegular e) {
            throw new Unreadable("is not a regular file (a pipe, a device or a socket), not a deck");
        } catch (BoundedFile.TooLarge e) {
            throw tooLarge();
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable("cannot be read: permission denied");
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + e.getMessage());
        }
    }

    static Unreadable tooLarge() {
        return new Unreadable("is larger than " + MAX_BYTES / (1024 * 1024) + " MB: too large to be a deck");
    }

    /** Reads a deck from a stream such as standard input, refusing one larger than a file may be. */
    static byte[] readAtMost(InputStream in) throws Unreadable {
        try {
            return BoundedFile.read(in, MAX_BYTES);
        } catch (BoundedFile.TooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) throws Unreadable {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                throw new Unreadable("is a binary file (it contains NUL bytes), not a Markdown deck");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            throw new Unreadable("is not valid UTF-8: " + badByte(bytes, in.position()));
        }
        return out.flip().toString();
    }

    /** Where the first invalid byte is, with lines counted as everywhere else: {@code \n}, {@code \r\n}, a lone {@code \r}. */
    private static String badByte(byte[] bytes, int at) {
        // the bytes before it decoded, so they are text
        SourceText before = new SourceText(new String(bytes, 0, at, StandardCharsets.UTF_8));
        int line = before.lineCount() - 1;
        int column = before.text().substring(before.lineStart(line)).getBytes(StandardCharsets.UTF_8).length + 1;
        return String.format("byte 0x%02X at line %d, byte %d of the line; decklint reads decks as UTF-8 "
                + "(re-save the file as UTF-8)", bytes[at] & 0xff, line + 1, column);
    }
}
