package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import io.decklint.text.TextRange;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/**
 * {@code decklint lsp --socket 0} serves an editor and exits with 0 after shutdown and exit; what it offers
 * agrees with the other commands.
 */
class LspCommandTest {
    private static final class QuietClient implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }

    /** What an editor does with the server once connected. */
    private interface Session {
        void run(LanguageServer server) throws Exception;
    }

    @Test
    void lspServesOneEditorOnASocket() throws Exception {
        serve(server -> {
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem("untitled:a.md", "markdown", 1, "# One\n\n---\n\n# Two\n")));
            assertThat(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
                    new TextDocumentIdentifier("untitled:a.md"))).get(30, TimeUnit.SECONDS)).hasSize(2);
        });
    }

    /** The edit the editor gets for the open seed deck turns it into exactly what 'decklint convert' prints. */
    @Test
    void theEditorsConversionIsTheCommandLines() throws Exception {
        Path seed = Path.of("../examples/community-call-2023-11-23.md");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        CliRun convert = CliRun.of("convert", "--theme", "scs-2024", seed.toString());
        assertThat(convert.exit()).isZero();
        serve(server -> {
            String uri = seed.toAbsolutePath().normalize().toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "markdown", 1, text)));
            JsonObject argument = new JsonObject();
            argument.addProperty("uri", uri);
            argument.addProperty("theme", "scs-2024");
            Object answer = server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "decklint.server.convertToTheme", List.of(argument))).get(30, TimeUnit.SECONDS);
            Gson gson = new MessageJsonHandler(Map.of()).getGson();
            WorkspaceEdit edit = gson.fromJson(gson.toJsonTree(answer), WorkspaceEdit.class);
            SourceText source = new SourceText(text);
            List<TextEdit> edits = edit.getChanges().get(uri).stream().map(e -> TextEdit.replace(new TextRange(
                    offset(source, e.getRange().getStart()), offset(source, e.getRange().getEnd())), e.getNewText()))
                    .toList();
            assertThat(TextEdits.apply(text, edits)).isEqualTo(convert.out()).isNotEqualTo(text);
        });
    }

    private static int offset(SourceText source, org.eclipse.lsp4j.Position position) {
        return source.offsetAt(new io.decklint.text.Position(position.getLine(), position.getCharacter()));
    }

    /** Starts 'decklint lsp --socket 0', connects as an editor, runs the session, and checks a clean exit. */
    private static void serve(Session session) throws Exception {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new TeeStream(captured, err), true, StandardCharsets.UTF_8));
        try {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> CliRun.of("lsp", "--socket", "0").exit());
            int port = awaitPort(captured);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new QuietClient(),
                        socket.getInputStream(), socket.getOutputStream());
                launcher.startListening();
                LanguageServer server = launcher.getRemoteProxy();
                InitializeParams params = new InitializeParams();
                params.setCapabilities(new ClientCapabilities());
                InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
                assertThat(result.getServerInfo().getName()).isEqualTo("decklint");
                session.run(server);
                server.shutdown().get(30, TimeUnit.SECONDS);
                server.exit();
                assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertThat(CliRun.of("lsp", "--socket").exit()).isEqualTo(2);
        assertThat(CliRun.of("lsp", "--socket", "99999").exit()).isEqualTo(2);
    }

    private static int awaitPort(ByteArrayOutputStream captured) throws InterruptedException {
        Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
        for (int i = 0; i < 300; i++) {
            Matcher matcher = listening.matcher(captured.toString(StandardCharsets.UTF_8));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server never said where it listens: " + captured);
    }

    /** Keeps what is written for the test and still shows it. */
    private static final class TeeStream extends OutputStream {
        private final List<OutputStream> targets;

        TeeStream(OutputStream... targets) {
            this.targets = List.of(targets);
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            for (OutputStream target : targets) {
                target.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            for (OutputStream target : targets) {
                target.write(bytes, offset, length);
            }
        }
    }
}
