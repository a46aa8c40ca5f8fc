package io.decklint.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.decklint.render.RevealAssets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves one deck's preview on 127.0.0.1 only, under a secret path ({@code /<token>/}) that only the printed
 * address carries, as Jupyter does: the page, the bundled reveal.js under {@code _decklint/assets/}, a stream of
 * page versions at {@code _decklint/events} (server-sent events; the page reloads itself when the version changes)
 * and the images and media next to the deck. Other web pages in the same browser cannot use it: a request
 * without the token, from another page's origin ({@code Origin}), or naming another host ({@code Host}, so no
 * DNS rebinding) is refused, and no response may be shown in a frame.
 */
public final class PreviewServer implements AutoCloseable {
    static final String ASSETS = "/_decklint/assets/";
    static final String EVENTS = "/_decklint/events";
    /** No page may put any of these responses in a frame (the VS Code extension renders on its own). */
    private static final String NO_FRAMES = "frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<PreviewPage> page;
    private final DeckFolderFiles files;
    private final String token = newToken();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param port the port to listen on (0: any free one)
     * @param page the current page, rendered for this server (its links relative to the page's address)
     * @param deckFolder the folder whose images and media the deck may show
     */
    public PreviewServer(int port, Supplier<PreviewPage> page, Path deckFolder) throws IOException {
        this.page = page;
        this.files = new DeckFolderFiles(deckFolder);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "decklint-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** 192 random bits, as hex: as unguessable as Jupyter's token. */
    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The page's address, with the token that every request needs. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/" + token + "/";
    }

    /** Tells every open page that the deck changed. */
    public void pageChanged() {
        String event = versionEvent();
        for (OutputStream listener : listeners) {
            try {
                send(listener, event);
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private String versionEvent() {
        return "event: version\ndata: " + page.get().version() + "\n\n";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!isForThisServer(exchange)) {
                respond(exchange, 421, "not this server\n");
                return;
            }
            if (!isFromThisServer(exchange)) {
                respond(exchange, 403, "decklint preview: requests from other web pages are refused\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/" + token)) {
                exchange.getResponseHeaders().set("Location", url());
                respond(exchange, 308, "moved to " + url() + "\n");
                return;
            }
            if (!hasToken(path)) {
                respond(exchange, 403, "decklint preview: this address lacks the preview's secret part. Open the "
                        + "address that 'decklint preview' printed, http://127.0.0.1:" + port() + "/…/ in full.\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "the preview is read-only\n");
                return;
            }
            serve(exchange, path.substring(token.length() + 1));
        }
    }

    /** @param path the request's path after the token, starting with '/' */
    private void serve(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/")) {
            PreviewPage current = page.get();
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    current.contentSecurityPolicy() + "; " + NO_FRAMES);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            respond(exchange, 200, "text/html; charset=utf-8", current.html().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(EVENTS)) {
            streamEvents(exchange);
        } else if (path.startsWith(ASSETS)) {
            asset(exchange, path.substring(ASSETS.length()));
        } else {
            file(exchange, path);
        }
    }

    /** The token compared in constant time, so its characters cannot be guessed one at a time. */
    private boolean hasToken(String path) {
        int end = path.indexOf('/', 1);
        String given = end < 0 ? "" : path.substring(1, end);
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Only requests addressed to 127.0.0.1 or localhost on our port: no DNS rebinding. */
    private boolean isForThisServer(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String normalized = host.toLowerCase(Locale.ROOT);
        return normalized.equals("127.0.0.1:" + port()) || normalized.equals("localhost:" + port());
    }

    /**
     * Browsers name the page a request comes from in {@code Origin} when it crosses origins (and for every
     * event stream or script request another page could make): only the preview's own pages may ask.
     */
    private boolean isFromThisServer(HttpExchange exchange) {
        List<String> origins = exchange.getRequestHeaders().get("Origin");
        if (origins == null) {
            return true;
        }
        return origins.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).allMatch(origin ->
                origin.equals("http://127.0.0.1:" + port()) || origin.equals("http://localhost:" + port()));
    }

    private void asset(HttpExchange exchange, String path) throws IOException {
        String text;
        try {
            text = RevealAssets.text(path);
        } catch (IllegalArgumentException e) {
            respond(exchange, 404, "no such file\n");
            return;
        }
        String type = path.endsWith(".js") ? "text/javascript; charset=utf-8" : path.endsWith(".css")
                ? "text/css; charset=utf-8" : "text/plain; charset=utf-8";
        respond(exchange, 200, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        DeckFolderFiles.Found found = files.find(path);
        if (found == null) {
            respond(exchange, 404, "no such image or media file next to the deck\n");
            return;
        }
        // A file is shown, never run: an SVG opened on its own gets no scripts.
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; "
                + "style-src 'unsafe-inline'; sandbox; " + NO_FRAMES);
        exchange.getResponseHeaders().set("Content-Type", found.type());
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : found.size());
        if (!head) {
            try (InputStream in = found.open(); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    /** Server-sent events: the current version now, then each new one, until the page goes away. */
    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // listen first, so that a change while the current version is sent is not missed
        listeners.add(out);
        try {
            send(out, versionEvent());
            while (true) {
                Thread.sleep(15_000);
                send(out, ": keep-alive\n\n");
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(OutputStream out, String event) throws IOException {
        synchronized (out) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** A short plain-text answer, which nothing may run or frame. */
    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; " + NO_FRAMES);
        respond(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
