package io.decklint.editor;

/** Lines an editor may fold away, both zero-based and inclusive. */
public record Fold(int startLine, int endLine, Kind kind) {
    public enum Kind { SLIDE, FRONT_MATTER, STYLE, NOTES }
}
