package io.decklint.server;

import io.decklint.deck.Deck;
import io.decklint.editor.DeckOutline;
import io.decklint.editor.Fold;
import io.decklint.editor.Folds;
import io.decklint.editor.OutlineItem;
import io.decklint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The deck's slides for the editor's outline and its folding regions. */
final class Outline {
    private Outline() {}

    static List<Either<SymbolInformation, DocumentSymbol>> symbols(OpenDeck open, boolean hierarchical) {
        Deck deck = open.deck();
        List<Either<SymbolInformation, DocumentSymbol>> symbols = new ArrayList<>();
        for (OutlineItem item : DeckOutline.of(deck)) {
            if (hierarchical) {
                symbols.add(Either.forRight(symbol(deck.source(), item)));
            } else {
                flat(open.uri, deck.source(), item, null, symbols);
            }
        }
        return symbols;
    }

    private static DocumentSymbol symbol(SourceText source, OutlineItem item) {
        DocumentSymbol symbol = new DocumentSymbol(item.label(), item.index().v() == 0 ? SymbolKind.Module
                : SymbolKind.Field, Positions.range(source, item.range()), Positions.range(source, item.titleRange()));
        symbol.setChildren(item.children().stream().map(c -> symbol(source, c)).toList());
        return symbol;
    }

    @SuppressWarnings("deprecation") // SymbolInformation is what clients without hierarchical outlines read
    private static void flat(String uri, SourceText source, OutlineItem item, String container,
            List<Either<SymbolInformation, DocumentSymbol>> out) {
        SymbolInformation information = new SymbolInformation(item.label(), item.children().isEmpty()
                && item.index().v() > 0 ? SymbolKind.Field : SymbolKind.Module,
                new Location(uri, Positions.range(source, item.range())), container);
        out.add(Either.forLeft(information));
        for (OutlineItem child : item.children()) {
            flat(uri, source, child, item.label(), out);
        }
    }

    /** The slides' folds; none for Markdown that is not a deck, whose {@code ---} lines are rules. */
    static List<FoldingRange> folds(OpenDeck open) {
        List<FoldingRange> ranges = new ArrayList<>();
        if (!open.deck().isSlideDeck()) {
            return ranges;
        }
        for (Fold fold : Folds.of(open.deck())) {
            FoldingRange range = new FoldingRange(fold.startLine(), fold.endLine());
            range.setKind(fold.kind() == Fold.Kind.NOTES ? FoldingRangeKind.Comment : FoldingRangeKind.Region);
            ranges.add(range);
        }
        return ranges;
    }
}
