package io.decklint.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The {@code textDocument/*} messages, each handed to the open decks' worker. */
final class DeckTextService implements TextDocumentService {
    private final DecklintServer server;

    DeckTextService(DecklintServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var document = params.getTextDocument();
        server.documents().open(document.getUri(), document.getVersion(), document.getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var document = params.getTextDocument();
        server.documents().change(document.getUri(), document.getVersion(), params.getContentChanges());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.documents().close(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The text is already known from the changes; saving changes nothing the rules see.
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        CodeActions codeActions = server.codeActions();
        CompletableFuture<QuickFixes> quickFixes = server.documents().read(uri, "textDocument/codeAction",
                deck -> new QuickFixes(codeActions.actions(deck, Positions.textRange(deck.deck().source(),
                        params.getRange()), params.getContext()), codeActions.fixAllInput(deck, params.getContext())));
        return quickFixes.thenCompose(found -> {
            if (found == null || found.fixAll().isEmpty()) {
                return CompletableFuture.completedFuture(found == null ? null : found.actions());
            }
            return server.documents().check(uri, "fix all", () -> codeActions.fixAll(found.fixAll().get(),
                    server.documents().decklint())).handle((fixAll, cancelled) -> {
                        List<Either<Command, CodeAction>> actions = new ArrayList<>(found.actions());
                        if (fixAll != null) {
                            fixAll.ifPresent(action -> actions.add(Either.forRight(action)));
                        }
                        return actions;
                    });
        });
    }

    /** The quick fixes answered on the worker thread, and what "fix all" then needs, if it is wanted. */
    private record QuickFixes(List<Either<Command, CodeAction>> actions,
            Optional<CodeActions.FixAllInput> fixAll) {}

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return server.documents().read(params.getTextDocument().getUri(), "textDocument/documentSymbol",
                deck -> Outline.symbols(deck, server.hierarchicalSymbols()));
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return server.documents().read(params.getTextDocument().getUri(), "textDocument/foldingRange",
                Outline::folds);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return server.documents().read(params.getTextDocument().getUri(), "textDocument/completion",
                deck -> Either.forRight(server.completion().at(deck, server.documents().decklint(),
                        params.getPosition())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return server.documents().read(params.getTextDocument().getUri(), "textDocument/hover",
                deck -> server.hover().at(deck, server.documents().decklint(), params.getPosition()));
    }
}
