package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.editor.CompletionItem;
import io.decklint.editor.Completions;
import io.decklint.editor.DeckCompletion;
import io.decklint.lint.LintSettings;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** {@code textDocument/completion}: the engine's completions as LSP items. */
final class Completion {
    private final boolean snippets;

    Completion(boolean snippets) {
        this.snippets = snippets;
    }

    CompletionList at(OpenDeck open, Decklint decklint, Position position) {
        Deck deck = open.deck();
        int offset = Positions.offset(deck.source(), position);
        List<String> headings;
        try {
            LintSettings settings = open.configuration(decklint).settingsFor(open.path, deck);
            headings = DeckCompletion.suggestedHeadings(decklint.rules(), settings);
        } catch (ConfigException e) {
            headings = List.of(); // the broken configuration is reported with the diagnostics
        }
        Completions completions = DeckCompletion.at(deck, offset, headings).orElse(null);
        if (completions == null) {
            return new CompletionList(false, List.of());
        }
        Range replace = Positions.range(deck.source(), completions.replace());
        List<org.eclipse.lsp4j.CompletionItem> items = new ArrayList<>();
        int rank = 0;
        for (CompletionItem item : completions.items()) {
            org.eclipse.lsp4j.CompletionItem lsp = new org.eclipse.lsp4j.CompletionItem(item.label());
            lsp.setKind(kind(item.kind()));
            lsp.setDetail(item.detail());
            lsp.setFilterText(item.insert());
            lsp.setSortText(String.format("%04d", rank++));
            boolean snippet = snippets && item.cursor() < item.insert().length();
            String text = snippet ? escape(item.insert().substring(0, item.cursor())) + "$0"
                    + escape(item.insert().substring(item.cursor())) : item.insert();
            lsp.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
            lsp.setTextEdit(Either.forLeft(new TextEdit(replace, text)));
            items.add(lsp);
        }
        return new CompletionList(completions.incomplete(), items);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }

    private static CompletionItemKind kind(CompletionItem.Kind kind) {
        return switch (kind) {
            case EMOJI -> CompletionItemKind.Text;
            case OPTION -> CompletionItemKind.Property;
            case ATTRIBUTE -> CompletionItemKind.Field;
            case HEADING -> CompletionItemKind.Keyword;
        };
    }
}
