package io.decklint.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's 'bin/decklint lsp', with no Java on the machine, serves an editor over standard input and output. */
class LspOverStdioIT {
    @TempDir
    Path folder;

    /** Keeps the first diagnostics published for the deck, which is all the editor here waits for. */
    private static final class Editor implements LanguageClient {
        final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.complete(params);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams message) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }

    @Test
    void anOpenedDeckGetsItsFindingsAndTheServerSaysItsVersion() throws Exception {
        UnpackedArchive archive = UnpackedArchive.unpack(folder);
        Path deck = Files.copy(UnpackedArchive.SEED, folder.resolve("community-call.md"));
        Process server = new ProcessBuilder(archive.withoutJava("lsp")).directory(folder.toFile())
                .redirectError(folder.resolve("lsp.log").toFile()).start();
        try {
            Editor editor = new Editor();
            var launcher = LSPLauncher.createClientLauncher(editor, server.getInputStream(), server.getOutputStream());
            launcher.startListening();
            LanguageServer remote = launcher.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            params.setWorkspaceFolders(java.util.List.of(new WorkspaceFolder(folder.toUri().toString(), "decks")));
            InitializeResult result = remote.initialize(params).get(60, TimeUnit.SECONDS);
            assertThat(result.getServerInfo().getName()).isEqualTo("decklint");
            assertThat(result.getServerInfo().getVersion()).isEqualTo(UnpackedArchive.VERSION);
            remote.initialized(new InitializedParams());

            String uri = deck.toUri().toString();
            remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(
                    uri, "markdown", 1, Files.readString(deck, StandardCharsets.UTF_8))));
            PublishDiagnosticsParams published = editor.diagnostics.get(60, TimeUnit.SECONDS);
            assertThat(published.getUri()).isEqualTo(uri);
            assertThat(published.getDiagnostics()).hasSize(12)
                    .anySatisfy(d -> assertThat(d.getMessage().getLeft()).contains("\"Bund\" is not a known word"));

            remote.shutdown().get(60, TimeUnit.SECONDS);
            remote.exit();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server exits after 'exit'").isTrue();
            assertThat(server.exitValue()).as(Files.readString(folder.resolve("lsp.log"))).isZero();
        } finally {
            server.destroyForcibly().waitFor();
        }
    }
}
