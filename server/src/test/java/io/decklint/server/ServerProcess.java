package io.decklint.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * The server jar running as a child process, as an editor starts it, with an lsp4j client talking to it over
 * the child's standard input and output.
 */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final TestClient client = new TestClient();
    final DeckServer server;
    /** For requests the typed client would refuse to send. */
    final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    /** The server's answer to {@code initialize}, once {@link #initialize} ran. */
    InitializeResult initialized;
    private final OutputStream toServer;
    private final Path stderr;

    ServerProcess() throws IOException {
        String jar = System.getProperty("decklint.server.jar", "target/decklint-server.jar");
        stderr = Files.createTempFile("decklint-server", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx512m", "-jar", jar)
                .redirectError(stderr.toFile()).start();
        toServer = process.getOutputStream();
        Launcher<DeckServer> launcher = new Launcher.Builder<DeckServer>()
                .setLocalService(client)
                .setRemoteInterface(DeckServer.class)
                .setInput(process.getInputStream())
                .setOutput(toServer)
                .create();
        launcher.startListening();
        server = launcher.getRemoteProxy();
        endpoint = launcher.getRemoteEndpoint();
    }

    /** Initializes as a capable editor would, with {@code root} as the workspace folder (may be null). */
    ServerProcess initialize(Path root) throws Exception {
        initialized = server.initialize(TestClient.initializeParams(root)).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return this;
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, text)));
    }

    /** Writes bytes straight to the server's input, past the client: for malformed messages. */
    void writeRaw(String text) throws IOException {
        synchronized (toServer) {
            toServer.write(text.getBytes(StandardCharsets.UTF_8));
            toServer.flush();
        }
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    int shutdownAndExit() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }
}
