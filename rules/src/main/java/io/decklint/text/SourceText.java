package io.decklint.text;

import java.util.Arrays;

/**
 * A deck's text with its line starts, mapping offsets to positions and back. Offsets and characters are
 * UTF-16 code units: Java's String indices and LSP's default position encoding. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}, as LSP counts them.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = findLineStarts(text);
    }

    private static int[] findLineStarts(String text) {
        if (text.indexOf('\r') < 0) {
            return findNewlines(text);
        }
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\r' && c != '\n') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** The common case, text without {@code \r}: {@code indexOf} finds line breaks faster than a loop. */
    private static int[] findNewlines(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        // counted first: an editor makes one of these per keystroke, and a grown array is garbage to collect
        int[] starts = new int[count];
        count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[count++] = i + 1;
        }
        return starts;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** The offset where the line's content ends, before its line terminator. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && isLineBreak(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The offset where the next line starts (or the end of the text). */
    public int nextLineStart(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    /**
     * The range whose deletion removes the line and its terminator. After a lone {@code \r}, a {@code \n} that
     * the deletion would bring up behind it would join it into one {@code \r\n}, removing a second line
     * (HedgeDoc reads the deck as HTML text, where {@code \r}, {@code \n} and {@code \r\n} are each one
     * line break): there the last character of the terminator stays, and ends the line before instead.
     */
    public TextRange wholeLine(int line) {
        int start = lineStart(line);
        int next = nextLineStart(line);
        boolean wouldJoin = start > 0 && text.charAt(start - 1) == '\r' && next < text.length()
                && text.charAt(next) == '\n' && next > lineEnd(line);
        return new TextRange(start, wouldJoin ? next - 1 : next);
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index : -index - 2;
    }

    public Position positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    /** The offset of a position; a character past the line's end means the line's end. */
    public int offsetAt(Position position) {
        if (position.line() < 0) {
            return 0;
        }
        if (position.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[position.line()];
        return Math.min(start + Math.max(0, position.character()), lineEnd(position.line()));
    }

    /** The line terminator the text uses first, so that inserted lines match the rest of the file. */
    public String lineEnding() {
        if (lineStarts.length < 2) {
            return "\n";
        }
        int end = lineStarts[1];
        if (end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            return "\r\n";
        }
        return text.charAt(end - 1) == '\r' ? "\r" : "\n";
    }

    /**
     * The line ending for lines inserted at the offset: the file's, unless it would make one {@code \r\n} of a
     * lone {@code \r} before the offset or a {@code \n} after it, one line break where two were meant (HedgeDoc
     * reads the deck as HTML text, where {@code \r}, {@code \n} and {@code \r\n} are each one). Then
     * {@code \r\n}, which joins neither.
     */
    public String lineEndingAt(int offset) {
        String usual = lineEnding();
        boolean joinsBefore = usual.startsWith("\n") && offset > 0 && text.charAt(offset - 1) == '\r';
        boolean joinsAfter = usual.equals("\r") && offset < text.length() && text.charAt(offset) == '\n';
        return joinsBefore || joinsAfter ? "\r\n" : usual;
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
