package io.decklint.remote;

import io.decklint.lint.LinkChecker;
import io.decklint.lint.LinkStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Looks remote links up over HTTP: a HEAD request, then a GET whose body is never read when HEAD gets no good
 * answer (some servers refuse HEAD), redirects followed, short timeouts, a few requests at a time. Answers are
 * kept for the life of the checker (one CLI run), so a link on many slides or decks is asked for once. Nothing is
 * started until the first lookup.
 */
public final class HttpLinkChecker implements LinkChecker, AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    public static final int PARALLEL_REQUESTS = 6;
    private static final String USER_AGENT = "decklint (checks that slide images load)";

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int parallel;
    private final Map<String, CompletableFuture<LinkStatus>> answers = new ConcurrentHashMap<>();
    private ExecutorService workers;
    private HttpClient client;
    private boolean closed;

    public HttpLinkChecker() {
        this(CONNECT_TIMEOUT, REQUEST_TIMEOUT, PARALLEL_REQUESTS);
    }

    public HttpLinkChecker(Duration connectTimeout, Duration requestTimeout, int parallel) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.parallel = parallel;
    }

    @Override
    public Map<String, LinkStatus> check(Collection<String> urls) {
        Map<String, CompletableFuture<LinkStatus>> pending = new LinkedHashMap<>();
        for (String url : urls) {
            if (isHttp(url)) {
                pending.put(url, answers.computeIfAbsent(url, this::startLookUp));
            }
        }
        Map<String, LinkStatus> result = new LinkedHashMap<>();
        pending.forEach((url, answer) -> result.put(url, answer.join()));
        return result;
    }

    private synchronized CompletableFuture<LinkStatus> startLookUp(String url) {
        if (closed) {
            return CompletableFuture.completedFuture(LinkStatus.unreachable("not looked up: the run is over"));
        }
        return CompletableFuture.supplyAsync(() -> lookUp(url), workers());
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private LinkStatus lookUp(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return LinkStatus.unreachable("is not a valid URL");
        }
        try {
            HttpResponse<Void> head = client().send(request(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (head.statusCode() < 400) {
                return answer(head);
            }
            HttpResponse<InputStream> get = client().send(request(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            get.body().close();
            return answer(get);
        } catch (HttpConnectTimeoutException e) {
            return LinkStatus.unreachable("no connection within " + seconds(connectTimeout));
        } catch (HttpTimeoutException e) {
            return LinkStatus.unreachable("no answer within " + seconds(requestTimeout));
        } catch (ConnectException e) {
            return LinkStatus.unreachable(unknownHost(e) ? "unknown host " + uri.getHost() : "connection refused");
        } catch (IOException e) {
            return LinkStatus.unreachable(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            return LinkStatus.unreachable("is not a valid URL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkStatus.unreachable("interrupted");
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The client wraps a failed name lookup in one or two ConnectExceptions. */
    private static boolean unknownHost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", USER_AGENT);
    }

    private static LinkStatus answer(HttpResponse<?> response) {
        return LinkStatus.answered(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private ExecutorService workers() {
        if (workers == null) {
            AtomicInteger count = new AtomicInteger();
            workers = Executors.newFixedThreadPool(parallel, task -> {
                Thread thread = new Thread(task, "decklint-link-check-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** Stops the worker threads; lookups still under way or not yet started give up. */
    @Override
    public synchronized void close() {
        closed = true;
        if (workers != null) {
            workers.shutdownNow();
        }
        answers.values().forEach(answer -> answer.complete(LinkStatus.unreachable("not looked up: the run is over")));
    }
}
