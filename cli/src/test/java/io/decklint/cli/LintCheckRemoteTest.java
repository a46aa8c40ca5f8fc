package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decklint lint --check-remote} against a server on 127.0.0.1, which only {@code --allow-private-addresses}
 * lets it reach.
 */
class LintCheckRemoteTest {
    @TempDir
    Path folder;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Path deck;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            boolean there = exchange.getRequestURI().getPath().equals("/logo.png");
            exchange.getResponseHeaders().add("Content-Type", there ? "image/png" : "text/html");
            exchange.sendResponseHeaders(there ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        deck = folder.resolve("deck.md");
        Files.writeString(deck, "---\ntype: slide\n---\n\n# Remote images\n\n![](" + base + "/logo.png)\n![](" + base
                + "/gone.png =50%x)\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Result lint(String... args) {
        CliRun run = CliRun.of(args);
        return new Result(run.exit(), run.out());
    }

    private record Result(int status, String output) {}

    @Test
    void staysOfflineWithoutTheOption() {
        Result result = lint("lint", "--no-color", deck.toString());
        assertThat(result.status()).isZero();
        assertThat(requests).hasValue(0);
    }

    @Test
    void reportsADeadImageWithTheOption() {
        Result result = lint("lint", "--no-color", "--check-remote", "--allow-private-addresses", deck.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("deck.md:8:5", "/gone.png' answers 404 Not Found").doesNotContain("logo.png");
    }

    @Test
    void theConfigurationCanAskForItToo() throws IOException {
        Files.writeString(folder.resolve(".decklint.yml"), "rules:\n  broken-image:\n    checkRemote: true\n");
        Result result = lint("lint", "--no-color", "--allow-private-addresses", deck.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("answers 404 Not Found");
    }

    @Test
    void asksNothingOfThisMachineUnlessAllowed() {
        Result result = lint("lint", "--no-color", "--check-remote", deck.toString());
        assertThat(requests).hasValue(0);
        assertThat(result.status()).isZero();
        assertThat(result.output()).contains("deck.md:7:5  warning  Image 'http://127.0.0.1:", "/logo.png' was not "
                + "checked: private address (127.0.0.1 is a loopback address); decklint looks up public addresses "
                + "only, unless run with --allow-private-addresses.");
    }
}
