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
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real checker against servers on 127.0.0.1 and 127.0.0.2, never the internet: names are resolved by a table,
 * and the tests that must reach these servers allow private addresses.
 */
class HttpLinkCheckerTest {
    private static final InetAddress LOOPBACK = address("127.0.0.1");
    private static final InetAddress OTHER_LOOPBACK = address("127.0.0.2");

    private HttpServer server;
    private HttpServer other;
    private ExecutorService handlers;
    private String base;
    private int otherPort;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger otherRequests = new AtomicInteger();
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger tlsSetUps = new AtomicInteger();
    private HttpLinkChecker checker;

    @BeforeEach
    void startServers() throws IOException {
        handlers = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        other = HttpServer.create(new InetSocketAddress(OTHER_LOOPBACK, 0), 0);
        other.setExecutor(handlers);
        other.createContext("/", exchange -> {
            otherRequests.incrementAndGet();
            send(exchange, 200, "image/png");
        });
        other.start();
        otherPort = other.getAddress().getPort();
        checker = checker(Destinations.ANY_ADDRESS);
    }

    @AfterEach
    void stopServers() {
        checker.close();
        server.stop(0);
        other.stop(0);
        handlers.shutdownNow();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A checker whose names come from {@link #names}, with the given addresses refused. */
    private HttpLinkChecker checker(Function<InetAddress, Optional<String>> refusal) {
        HostResolver table = name -> {
            lookups.incrementAndGet();
            List<InetAddress> found = names.get(name);
            if (found == null) {
                throw new UnknownHostException(name);
            }
            return found;
        };
        return new HttpLinkChecker(Duration.ofSeconds(2), Duration.ofMillis(2500), 3,
                new Destinations(table, refusal), () -> {
                    tlsSetUps.incrementAndGet();
                    return (SSLSocketFactory) SSLSocketFactory.getDefault();
                });
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        requests.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
        hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
        switch (path) {
            case "/logo.png" -> send(exchange, 200, "image/png");
            case "/moved.png" -> {
                exchange.getResponseHeaders().add("Location", "/logo.png");
                send(exchange, 301, null);
            }
            case "/loop-a.png" -> redirect(exchange, "/loop-b.png");
            case "/loop-b.png" -> redirect(exchange, base + "/loop-a.png");
            case "/chain.png" -> {
                int n = Integer.parseInt(exchange.getRequestURI().getQuery());
                redirect(exchange, "/chain.png?" + (n + 1));
            }
            case "/to-file.png" -> redirect(exchange, "file:///etc/passwd");
            case "/to-ftp.png" -> redirect(exchange, "ftp://127.0.0.1/a.png");
            case "/to-nonsense.png" -> redirect(exchange, "http://a b/\u001b[31mred");
            case "/to-long.png" -> redirect(exchange, "gopher://127.0.0.1/" + "x".repeat(5000));
            case "/to-other.png" -> redirect(exchange, "http://127.0.0.2:" + otherPort + "/a.png");
            case "/to-name.png" -> redirect(exchange, "http://metadata.example:" + otherPort + "/a.png");
            case "/no-head.png" -> send(exchange, method.equals("HEAD") ? 405 : 200, "image/png");
            case "/page.png" -> send(exchange, 200, "text/html; charset=utf-8");
            case "/slow.png" -> {
                sleep(15_000);
                send(exchange, 200, "image/png");
            }
            case "/busy.png" -> {
                // counted while the answer is held back: once it is sent, the checker may start the next request
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                sleep(200);
                inFlight.decrementAndGet();
                send(exchange, 200, "image/png");
            }
            default -> send(exchange, 404, "text/html");
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, null);
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
    void setsUpNoTlsForPlainHttpLinks() {
        // the default TLS settings read every trusted certificate: a run without https links must not wait for that
        checker.check(List.of(base + "/logo.png", base + "/moved.png"));
        assertThat(tlsSetUps).hasValue(0);
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

    /** A server on 127.0.0.1 that answers one connection with a status line, then the header line until it is left. */
    private String endlessServer(String statusLine, String headerLine, long pauseMillis) throws IOException {
        ServerSocket socket = new ServerSocket(0, 4, LOOPBACK);
        handlers.submit(() -> {
            try (socket; Socket client = socket.accept()) {
                OutputStream out = client.getOutputStream();
                out.write(statusLine.getBytes(StandardCharsets.US_ASCII));
                while (true) {
                    out.write(headerLine.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException e) {
                return null; // the checker hung up, or the test is over
            }
        });
        return "http://127.0.0.1:" + socket.getLocalPort() + "/a.png";
    }

    @Test
    void givesUpOnHeadersThatComeTooSlowly() throws IOException {
        String url = endlessServer("HTTP/1.1 200 OK\r\n", "X", 100);
        long start = System.nanoTime();
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.failure()).isEqualTo("no answer within 2.5 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void givesUpOnHeadersThatNeverEnd() throws IOException {
        String url = endlessServer("HTTP/1.1 200 OK\r\n", "X-Filler: " + "x".repeat(1000) + "\r\n", 0);
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.failure()).isEqualTo("the answer's headers are longer than 64 KB");
    }

    @Test
    void reportsAServerThatDoesNotSpeakHttp() throws IOException {
        String url = endlessServer("SSH-2.0-OpenSSH_9.2\r\n", "", 50);
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.failure()).isEqualTo("the server did not answer in HTTP");
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
    void connectsToTheAddressItCheckedWithoutLookingTheNameUpAgain() {
        names.put("images.example", List.of(LOOPBACK));
        String url = "http://images.example:" + server.getAddress().getPort() + "/logo.png";
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.ok()).isTrue();
        assertThat(lookups).hasValue(1);
        assertThat(hostHeaders).containsExactly("images.example:" + server.getAddress().getPort());
    }

    @Test
    void asksNothingOfThisMachineWithoutTheOption() {
        checker.close();
        checker = checker(Destinations.PUBLIC_ONLY);
        names.put("localhost", List.of(LOOPBACK));
        names.put("images.example", List.of(address("93.184.216.34"), LOOPBACK));
        int port = server.getAddress().getPort();
        List<String> urls = new ArrayList<>();
        for (String host : List.of("127.0.0.1", "localhost", "2130706433", "0x7f.1", "0177.0.0.1", "127.1",
                "[::1]", "[::ffff:127.0.0.1]", "images.example")) {
            urls.add("http://" + host + ":" + port + "/logo.png");
        }
        Map<String, LinkStatus> answers = checker.check(urls);
        assertThat(answers).hasSize(urls.size()).allSatisfy((url, status) -> {
            assertThat(status.refused()).as(url).isTrue();
            assertThat(status.reachable()).isFalse();
        });
        assertThat(answers.get(urls.get(0)).failure()).isEqualTo("127.0.0.1 is a loopback address");
        assertThat(answers.get(urls.get(1)).failure()).isEqualTo("'localhost' is 127.0.0.1, a loopback address");
        assertThat(answers.get(urls.get(2)).failure()).isEqualTo("'2130706433' is 127.0.0.1, a loopback address");
        assertThat(requests).isEmpty();
    }

    @Test
    void checksWhereEveryRedirectLeadsBeforeConnecting() {
        checker.close();
        checker = checker(address -> address.equals(LOOPBACK) ? Optional.empty() : Optional.of("not 127.0.0.1"));
        names.put("metadata.example", List.of(OTHER_LOOPBACK));
        Map<String, LinkStatus> answers = checker.check(List.of(base + "/to-other.png", base + "/to-name.png"));
        assertThat(answers.get(base + "/to-other.png")).isEqualTo(LinkStatus.notChecked("it redirects to "
                + "'http://127.0.0.2:" + otherPort + "/a.png', and 127.0.0.2 is not 127.0.0.1"));
        assertThat(answers.get(base + "/to-name.png").failure()).isEqualTo("it redirects to 'http://metadata.example:"
                + otherPort + "/a.png', and 'metadata.example' is 127.0.0.2, not 127.0.0.1");
        assertThat(otherRequests).hasValue(0);
    }

    @Test
    void followsARedirectToAnotherAllowedServer() {
        LinkStatus status = checker.check(List.of(base + "/to-other.png")).get(base + "/to-other.png");
        assertThat(status.ok()).isTrue();
        assertThat(otherRequests).hasValue(1);
    }

    @Test
    void reportsARedirectLoop() {
        LinkStatus status = checker.check(List.of(base + "/loop-a.png")).get(base + "/loop-a.png");
        assertThat(status.reachable()).isFalse();
        assertThat(status.failure()).isEqualTo("its redirects go round in a loop, back to '" + base + "/loop-a.png'");
        assertThat(requests.get("HEAD /loop-a.png")).hasValue(1);
    }

    @Test
    void givesUpOnALongChainOfRedirects() {
        LinkStatus status = checker.check(List.of(base + "/chain.png?0")).get(base + "/chain.png?0");
        assertThat(status.reachable()).isFalse();
        assertThat(status.failure()).isEqualTo("more than 10 redirects");
        assertThat(requests.get("HEAD /chain.png")).hasValue(11);
    }

    @Test
    void reportsARedirectAwayFromTheWeb() {
        Map<String, LinkStatus> answers = checker.check(List.of(base + "/to-file.png", base + "/to-ftp.png"));
        assertThat(answers.get(base + "/to-file.png").failure())
                .isEqualTo("it redirects to 'file:///etc/passwd', which is not an http or https address");
        assertThat(answers.get(base + "/to-ftp.png").failure())
                .isEqualTo("it redirects to 'ftp://127.0.0.1/a.png', which is not an http or https address");
    }

    @Test
    void showsNoRedirectAddressAsTheServerWroteIt() {
        Map<String, LinkStatus> answers = checker.check(List.of(base + "/to-nonsense.png", base + "/to-long.png"));
        assertThat(answers.get(base + "/to-nonsense.png").failure())
                .isEqualTo("it redirects to an address that is not a valid URL");
        assertThat(answers.get(base + "/to-long.png").failure())
                .startsWith("it redirects to 'gopher://127.0.0.1/xxx").hasSizeLessThan(300);
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
                "http://exa mple.org/a.png", "http://127.0.0.1:99999/a.png"));
        assertThat(answers).containsOnlyKeys("http://exa mple.org/a.png", "http://127.0.0.1:99999/a.png");
        assertThat(answers.values()).extracting(LinkStatus::failure).containsOnly("is not a valid URL");
        assertThat(requests).isEmpty();
    }
}
