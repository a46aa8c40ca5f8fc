package io.decklint.server;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies {@code textDocument/didChange} events in order, each to the text the one before left. */
final class TextChanges {
    private TextChanges() {}

    /** @param source the text the first change applies to, with its lines already found */
    static String apply(SourceText source, List<TextDocumentContentChangeEvent> changes) {
        SourceText current = source;
        String text = source.text();
        for (TextDocumentContentChangeEvent change : changes) {
            if (current == null) {
                current = new SourceText(text);
            }
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                TextRange range = Positions.textRange(current, change.getRange());
                text = text.substring(0, range.start()) + change.getText() + text.substring(range.end());
            }
            current = null;
        }
        return text;
    }
}
