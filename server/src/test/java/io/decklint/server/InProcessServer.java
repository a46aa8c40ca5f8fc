package io.decklint.server;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.decklint.Decklint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server in this JVM, with an engine the test chooses, talking JSON-RPC to an lsp4j client over piped
 * streams: the whole protocol path, and the server's objects within reach.
 */
final class InProcessServer implements AutoCloseable {
    private static final int PIPE_BUFFER = 1 << 20;

    final TestClient client = new TestClient();
    final DecklintServer local;
    final DeckServer server;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Future<Void> serverListening;
    private final Future<Void> clientListening;
    private final Launcher<DeckServer> clientSide;

    InProcessServer(Decklint decklint) throws IOException {
        this(decklint, Documents.TYPING_PAUSE_MS);
    }

    /** @param typingPauseMs how long a word being typed waits for its spelling findings */
    InProcessServer(Decklint decklint, long typingPauseMs) throws IOException {
        local = new DecklintServer(new ServerLog(new PrintStream(stderr, true, StandardCharsets.UTF_8)), decklint,
                typingPauseMs);
        PipedInputStream serverIn = new PipedInputStream(PIPE_BUFFER);
        PipedInputStream clientIn = new PipedInputStream(PIPE_BUFFER);
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(local, serverIn,
                new PipedOutputStream(clientIn));
        local.connect(serverSide.getRemoteProxy());
        clientSide = new Launcher.Builder<DeckServer>()
                .setLocalService(client)
                .setRemoteInterface(DeckServer.class)
                .setInput(clientIn)
                .setOutput(new PipedOutputStream(serverIn))
                .configureGson(gson -> gson.registerTypeAdapter(String.class, new JavaScriptStrings()))
                .create();
        serverListening = serverSide.startListening();
        clientListening = clientSide.startListening();
        server = clientSide.getRemoteProxy();
    }

    /**
     * Strings as an editor written in JavaScript sends them ({@code JSON.stringify}): a lone surrogate escaped as
     * {@code \\uD800}, where Gson would hand it to the UTF-8 encoder, which writes a '?' instead.
     */
    private static final class JavaScriptStrings extends TypeAdapter<String> {
        @Override
        public void write(JsonWriter out, String value) throws IOException {
            if (value == null) {
                out.nullValue();
                return;
            }
            StringBuilder json = new StringBuilder("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))
                        || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c) && !paired) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            out.jsonValue(json.append('"').toString());
        }

        @Override
        public String read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return in.nextString();
        }
    }

    InProcessServer initialize() throws Exception {
        return initialize(TestClient.initializeParams(null));
    }

    InProcessServer initialize(org.eclipse.lsp4j.InitializeParams params) throws Exception {
        server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return this;
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, text)));
    }

    /** Sends a notification no interface of the client's declares, such as {@code $/cancelRequest}. */
    void notify(String method, Object params) {
        clientSide.getRemoteEndpoint().notify(method, params);
    }

    /** What the server wrote to its standard error. */
    String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        serverListening.cancel(true);
        clientListening.cancel(true);
    }
}
