package io.decklint.cli.report;

import io.decklint.lint.Diagnostic;
import io.decklint.text.Position;
import io.decklint.text.SourceText;
import java.util.List;

/**
 * What one file came to: its findings (with the text they point into), or why it could not be linted.
 * {@code fixed} counts the fixes {@code --fix} wrote.
 */
public record FileReport(String path, SourceText source, List<Diagnostic> diagnostics, String error, int fixed) {
    public static FileReport unreadable(String path, String error) {
        return new FileReport(path, null, List.of(), error, 0);
    }

    /** One-based line and column, as editors and CI annotations count them. */
    public int[] start(Diagnostic diagnostic) {
        return oneBased(source.positionAt(diagnostic.range().start()));
    }

    public int[] end(Diagnostic diagnostic) {
        return oneBased(source.positionAt(diagnostic.range().end()));
    }

    private static int[] oneBased(Position position) {
        return new int[] {position.line() + 1, position.character() + 1};
    }
}
