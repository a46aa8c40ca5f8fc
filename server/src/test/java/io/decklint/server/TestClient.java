package io.decklint.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor that records what the server tells it. */
public final class TestClient implements LanguageClient {
    final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
    final List<MessageParams> logged = new CopyOnWriteArrayList<>();
    final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final List<ApplyWorkspaceEditParams> editsAsked = new CopyOnWriteArrayList<>();
    volatile List<Object> settings = List.of();
    /** The answer to {@code workspace/configuration} waits for this, as an editor's may come after the open decks. */
    volatile CompletableFuture<?> settingsAnswered = CompletableFuture.completedFuture(null);
    final List<org.eclipse.lsp4j.ProgressParams> progress = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> createProgress(org.eclipse.lsp4j.WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(org.eclipse.lsp4j.ProgressParams params) {
        progress.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.add(diagnostics);
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        shown.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logged.add(message);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        editsAsked.add(params);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams configurationParams) {
        return settingsAnswered.thenApply(answered -> settings);
    }

    /** What a capable editor sends, with {@code root} as the workspace folder (may be null). */
    static InitializeParams initializeParams(Path root) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        if (root != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "decks")));
        }
        ClientCapabilities capabilities = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setCodeAction(new CodeActionCapabilities());
        CompletionCapabilities completion = new CompletionCapabilities(new CompletionItemCapabilities(true));
        text.setCompletion(completion);
        capabilities.setTextDocument(text);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspace);
        params.setCapabilities(capabilities);
        return params;
    }

    /** Waits for diagnostics on {@code uri} that pass the test, newest first. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> test) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (this) {
            while (true) {
                List<PublishDiagnosticsParams> all = new ArrayList<>(published);
                for (int i = all.size() - 1; i >= 0; i--) {
                    PublishDiagnosticsParams params = all.get(i);
                    if (params.getUri().equals(uri) && test.test(params)) {
                        return params;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching diagnostics for " + uri + "; got " + describe(all));
                }
                try {
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    PublishDiagnosticsParams awaitVersion(String uri, int version) {
        return awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == version);
    }

    private static String describe(List<PublishDiagnosticsParams> all) {
        return all.stream().map(p -> p.getUri() + " v" + p.getVersion() + ": " + p.getDiagnostics().size()).toList()
                .toString();
    }
}
