package io.decklint.theme;

import io.decklint.lint.Severity;
import io.decklint.text.Position;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;

/**
 * Something a conversion tells its user: a fact the deck lacks, a part of the old look the new theme has no
 * place for, something it could not edit. {@code range} is in the original text.
 */
public record ConversionNote(Severity severity, TextRange range, String message) {
    /** "LINE:COLUMN: severity: message", one-based, where {@code source} is the deck that was converted. */
    public String describe(SourceText source) {
        Position position = source.positionAt(range.start());
        return (position.line() + 1) + ":" + (position.character() + 1) + ": " + severity.label() + ": " + message;
    }
}
