package io.decklint.server;

import io.decklint.WarmUp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server: over standard input and output (what editors use), or with {@code --socket PORT}
 * on 127.0.0.1 for debugging. Standard output carries only the protocol; everything else goes to standard
 * error.
 */
public final class ServerMain {
    static final String USAGE = """
            Usage: decklint lsp [--stdio | --socket PORT]
            Runs decklint's language server for an editor.
              --stdio        talk LSP over standard input and output (the default)
              --socket PORT  wait for one editor on 127.0.0.1:PORT instead (0: any free port), for debugging
            """;

    private ServerMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Serves one editor until it says {@code exit} or goes away; returns the exit code. */
    public static int run(String... args) {
        PrintStream protocolOut = System.out;
        System.setOut(System.err); // a stray print must never corrupt the protocol
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stdio" -> port = null;
                case "--socket" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,5}")
                            || Integer.parseInt(args[i + 1]) > 65_535) {
                        System.err.print("decklint lsp: --socket needs a port number (0 to 65535)\n" + USAGE);
                        return 2;
                    }
                    port = Integer.parseInt(args[++i]);
                }
                case "-h", "--help" -> {
                    System.err.print(USAGE);
                    return 0;
                }
                default -> {
                    System.err.print("decklint lsp: unknown option '" + args[i] + "'\n" + USAGE);
                    return 2;
                }
            }
        }
        if (port == null) {
            return serve(System.in, protocolOut);
        }
        try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            System.err.println("decklint-server: listening on 127.0.0.1:" + listener.getLocalPort());
            try (Socket socket = listener.accept()) {
                return serve(socket.getInputStream(), socket.getOutputStream());
            }
        } catch (IOException e) {
            System.err.println("decklint lsp: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return 2;
        }
    }

    static int serve(InputStream in, OutputStream out) {
        warmUp();
        DecklintServer server = new DecklintServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Integer> inputClosed = CompletableFuture.supplyAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                System.err.println("decklint-server: the connection failed: " + e.getCause());
            }
            return 1; // the editor went away without saying exit
        });
        int code = (Integer) CompletableFuture.anyOf(server.exitCode(), inputClosed).join();
        listening.cancel(true);
        return code;
    }

    /**
     * Loads the Markdown parser and the dictionary on the second core while the protocol library starts and the
     * editor sends {@code initialize} and the open decks: the first deck's check then finds them loaded.
     */
    private static void warmUp() {
        Thread thread = new Thread(WarmUp::run, "decklint-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
