package io.decklint.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.decklint.lint.LinkStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP client against a server on 127.0.0.1, never the internet. */
class HttpLinkCheckerTest {
    private HttpServer server;
    private ExecutorService handlers;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private HttpLinkChecker checker;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        checker = new HttpLinkChecker(Duration.ofSeconds(2), Duration.ofMillis(2500), 3);
    }

    @AfterEach
    void stopServer() {
        checker.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        requests.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            switch (path) {
                case "/logo.png" -> send(exchange, 200, "image/png");
                case "/moved.png" -> {
                    exchange.getResponseHeaders().add("Location", "/logo.png");
                    send(exchange, 301, null);
                }
                case "/no-head.png" -> send(exchange, method.equals("HEAD") ? 405 : 200, "image/png");
                case "/page.png" -> send(exchange, 200, "text/html; charset=utf-8");
                case "/slow.png" -> {
                    sleep(15_000);
                    send(exchange, 200, "image/png");
                }
                case "/busy.png" -> {
                    sleep(200);
                    send(exchange, 200, "image/png");
                }
                default -> send(exchange, 404, "text/html");
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void send(HttpExchange exchange, int status, String type) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        byte[] body = exchange.getRequestMethod().equals("HEAD") ? new byte[0] : "body".getBytes();
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void findsImagesThatAreThereAndOnesThatAreNot() {
        Map<String, LinkStatus> answers = checker.check(List.of(base + "/logo.png", base + "/gone.png"));
        assertThat(answers.get(base + "/logo.png").ok()).isTrue();
        assertThat(answers.get(base + "/logo.png").contentType()).isEqualTo("image/png");
        assertThat(answers.get(base + "/gone.png").gone()).isTrue();
    }

    @Test
    void followsRedirects() {
        LinkStatus moved = checker.check(List.of(base + "/moved.png")).get(base + "/moved.png");
        assertThat(moved.httpStatus()).isEqualTo(200);
    }

    @Test
    void fallsBackToGetWhenHeadIsRefused() {
        LinkStatus status = checker.check(List.of(base + "/no-head.png")).get(base + "/no-head.png");
        assertThat(status.httpStatus()).isEqualTo(200);
        assertThat(requests.get("GET /no-head.png")).hasValue(1);
        assertThat(requests.get("GET /logo.png")).isNull();
    }

    @Test
    void reportsTheContentTypeSoAWebPageCanBeToldFromAnImage() {
        assertThat(checker.check(List.of(base + "/page.png")).get(base + "/page.png").contentType())
                .startsWith("text/html");
    }

    @Test
    void givesUpOnASlowServerAfterTheTimeout() {
        long start = System.nanoTime();
        LinkStatus status = checker.check(List.of(base + "/slow.png")).get(base + "/slow.png");
        assertThat(status.reachable()).isFalse();
        assertThat(status.failure()).isEqualTo("no answer within 2.5 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/a.png";
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.reachable()).isFalse();
        assertThat(status.failure()).isEqualTo("connection refused");
    }

    @Test
    void reportsAHostThatDoesNotExist() {
        String url = "http://decklint-test.invalid/a.png";
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.reachable()).isFalse();
        assertThat(status.failure()).isEqualTo("unknown host decklint-test.invalid");
    }

    @Test
    void asksForEachLinkOnceAndRemembersTheAnswer() {
        checker.check(List.of(base + "/logo.png", base + "/logo.png"));
        checker.check(List.of(base + "/logo.png"));
        assertThat(requests.get("HEAD /logo.png")).hasValue(1);
    }

    @Test
    void keepsToItsLimitOfParallelRequests() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            urls.add(base + "/busy.png?n=" + i);
        }
        Map<String, LinkStatus> answers = checker.check(urls);
        assertThat(answers).hasSize(12).allSatisfy((url, status) -> assertThat(status.ok()).isTrue());
        assertThat(mostInFlight.get()).isBetween(2, 3);
    }

    @Test
    void leavesOtherSchemesAndBadUrlsAlone() {
        Map<String, LinkStatus> answers = checker.check(List.of("ftp://example.org/a.png", "./a.png",
                "http://exa mple.org/a.png"));
        assertThat(answers).containsOnlyKeys("http://exa mple.org/a.png");
        assertThat(answers.get("http://exa mple.org/a.png").failure()).isEqualTo("is not a valid URL");
        assertThat(requests).isEmpty();
    }
}
