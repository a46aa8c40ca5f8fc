package io.decklint.server;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies {@code textDocument/didChange} events in order, each to the text the one before left. */
final class TextChanges {
    private TextChanges() {}

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                continue;
            }
            TextRange range = Positions.textRange(new SourceText(current), change.getRange());
            current = current.substring(0, range.start()) + change.getText() + current.substring(range.end());
        }
        return current;
    }
}
