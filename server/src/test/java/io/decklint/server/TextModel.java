package io.decklint.server;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * What a deck's text should be after changes, worked out apart from the server's code: lines end at LF, CRLF
 * or CR; positions outside the text are clamped; a reversed range is read forwards; a notification with a
 * change lacking its text or half its range leaves the text as it was.
 */
final class TextModel {
    private TextModel() {}

    static boolean accepts(List<TextDocumentContentChangeEvent> changes) {
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getText() == null || change.getRange() != null
                    && (change.getRange().getStart() == null || change.getRange().getEnd() == null)) {
                return false;
            }
        }
        return true;
    }

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        if (!accepts(changes)) {
            return text;
        }
        String result = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                result = change.getText();
                continue;
            }
            int a = offset(result, change.getRange().getStart());
            int b = offset(result, change.getRange().getEnd());
            result = result.substring(0, Math.min(a, b)) + change.getText() + result.substring(Math.max(a, b));
        }
        return result;
    }

    static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\r' || c == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The line's length without its line break. */
    static int lineLength(String text, List<Integer> starts, int line) {
        int end = line + 1 < starts.size() ? starts.get(line + 1) : text.length();
        while (end > starts.get(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end - starts.get(line);
    }

    private static int offset(String text, Position position) {
        List<Integer> starts = lineStarts(text);
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= starts.size()) {
            return text.length();
        }
        int start = starts.get(position.getLine());
        return start + Math.min(Math.max(0, position.getCharacter()), lineLength(text, starts, position.getLine()));
    }
}
