package io.decklint.server;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Offsets into a deck to LSP positions and back. Both count UTF-16 code units, LSP's default encoding. */
final class Positions {
    private Positions() {}

    static Position position(SourceText source, int offset) {
        io.decklint.text.Position position = source.positionAt(offset);
        return new Position(position.line(), position.character());
    }

    static Range range(SourceText source, TextRange range) {
        return new Range(position(source, range.start()), position(source, range.end()));
    }

    static org.eclipse.lsp4j.TextEdit textEdit(SourceText source, io.decklint.text.TextEdit edit) {
        return new org.eclipse.lsp4j.TextEdit(range(source, edit.range()), edit.replacement());
    }

    /**
     * As LSP says: a character past the line's end means the line's end, a line past the last means the end;
     * a negative line or character (which LSP does not allow) means the start of the deck or of the line.
     */
    static int offset(SourceText source, Position position) {
        return source.offsetAt(new io.decklint.text.Position(position.getLine(), position.getCharacter()));
    }

    /** A range whose end comes before its start covers the same text, as VS Code's {@code Range} reads it. */
    static TextRange textRange(SourceText source, Range range) {
        int start = offset(source, range.getStart());
        int end = offset(source, range.getEnd());
        return new TextRange(Math.min(start, end), Math.max(start, end));
    }
}
