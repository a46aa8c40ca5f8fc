package io.decklint.text;

/** A zero-based line and a zero-based character in UTF-16 code units (LSP's default encoding). */
public record Position(int line, int character) implements Comparable<Position> {
    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }
}
