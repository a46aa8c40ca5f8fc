package io.decklint.server;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies {@code textDocument/didChange} events in order, each to the text the one before left. Positions
 * outside the text are clamped ({@link Positions#offset}); a change without its text or with half a range says
 * nothing the server could apply, so a notification holding one is rejected whole.
 */
final class TextChanges {
    private TextChanges() {}

    /** Whether every change says what to put where. */
    static boolean wellFormed(List<TextDocumentContentChangeEvent> changes) {
        return changes != null && changes.stream().allMatch(c -> c != null && c.getText() != null
                && (c.getRange() == null || c.getRange().getStart() != null && c.getRange().getEnd() != null));
    }

    /**
     * Where the caret is after a keystroke: the end of what one change typed or the place it deleted, in the
     * changed text; -1 for anything else (several changes at once, a whole new text, a line break), which is
     * not a word being typed.
     */
    static int caretAfterTyping(SourceText source, List<TextDocumentContentChangeEvent> changes) {
        if (changes.size() != 1 || changes.get(0).getRange() == null) {
            return -1;
        }
        String typed = changes.get(0).getText();
        if (typed.indexOf('\n') >= 0 || typed.indexOf('\r') >= 0) {
            return -1;
        }
        return Positions.textRange(source, changes.get(0).getRange()).start() + typed.length();
    }

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
