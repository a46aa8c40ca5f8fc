package io.decklint.editor;

import io.decklint.text.TextRange;
import java.util.List;

/**
 * What to offer at a place in a deck: the items, the typed text they replace, and whether the list was cut
 * short (then the editor should ask again as the user types).
 */
public record Completions(TextRange replace, List<CompletionItem> items, boolean incomplete) {
    public Completions {
        items = List.copyOf(items);
    }
}
