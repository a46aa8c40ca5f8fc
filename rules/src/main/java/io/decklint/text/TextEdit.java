package io.decklint.text;

/** Replaces {@code length} characters at {@code offset} of the original text with {@code replacement}. */
public record TextEdit(int offset, int length, String replacement) {
    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad edit at " + offset + " length " + length);
        }
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, 0, text);
    }

    public static TextEdit delete(TextRange range) {
        return new TextEdit(range.start(), range.length(), "");
    }

    public static TextEdit replace(TextRange range, String text) {
        return new TextEdit(range.start(), range.length(), text);
    }

    public int end() {
        return offset + length;
    }

    public TextRange range() {
        return new TextRange(offset, end());
    }

    public TextEdit shift(int delta) {
        return new TextEdit(offset + delta, length, replacement);
    }

    /**
     * Two edits conflict when they touch the same characters, or insert at the same place (their order
     * would be a guess).
     */
    public boolean conflictsWith(TextEdit other) {
        if (offset == other.offset) {
            return true;
        }
        return offset < other.end() && other.offset < end();
    }
}
