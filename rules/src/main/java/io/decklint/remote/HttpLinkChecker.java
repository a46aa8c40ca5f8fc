package io.decklint.remote;

import io.decklint.lint.LinkChecker;
import io.decklint.lint.LinkStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * Looks remote links up over HTTP: a HEAD request, then a GET whose body is never read when HEAD gets no good
 * answer (some servers refuse HEAD), short timeouts, a few requests at a time. Decks come from anyone, so a link
 * must not make the machine that checks it ask itself or its network: every host, the first and each one a
 * redirect leads to, is resolved once, and unless private addresses are allowed, a link whose host has an address
 * that is not public is not asked at all; the request goes to the address that was checked. Redirects are
 * followed here, at most {@value #MAX_REDIRECTS}, and a loop or a redirect away from the web is reported. Answers
 * are kept for the life of the checker (one CLI run), so a link on many slides or decks is asked for once.
 * Nothing is started until the first lookup, and TLS (whose default settings take a one-deck run's longest
 * step to read the trusted certificates) not until the first https request.
 */
public final class HttpLinkChecker implements LinkChecker, AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    public static final int PARALLEL_REQUESTS = 6;
    /** Browsers give up after 20; an image behind more than 10 is worth a look anyway. */
    public static final int MAX_REDIRECTS = 10;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int parallel;
    private final Destinations destinations;
    private final HeadersOnlyRequest http;
    private final Map<String, CompletableFuture<LinkStatus>> answers = new ConcurrentHashMap<>();
    private ExecutorService workers;
    private boolean closed;

    /** @param allowPrivateAddresses also ask hosts on this machine and its networks (loopback, private, …) */
    public HttpLinkChecker(boolean allowPrivateAddresses) {
        this(CONNECT_TIMEOUT, REQUEST_TIMEOUT, PARALLEL_REQUESTS, new Destinations(HostResolver.SYSTEM,
                allowPrivateAddresses ? Destinations.ANY_ADDRESS : Destinations.PUBLIC_ONLY),
                () -> (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    HttpLinkChecker(Duration connectTimeout, Duration requestTimeout, int parallel, Destinations destinations,
            Supplier<SSLSocketFactory> tls) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.parallel = parallel;
        this.destinations = destinations;
        this.http = new HeadersOnlyRequest(connectTimeout, requestTimeout, tls);
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
            uri = Destinations.withNumericHostRead(URI.create(url));
        } catch (IllegalArgumentException e) {
            return LinkStatus.unreachable("is not a valid URL");
        }
        if (uri.getHost() == null) {
            return LinkStatus.unreachable("is not a valid URL");
        }
        try {
            LinkStatus head = follow(uri, "HEAD");
            return head.httpStatus() >= 400 ? follow(uri, "GET") : head;
        } catch (HttpConnectTimeoutException e) {
            return LinkStatus.unreachable("no connection within " + seconds(connectTimeout));
        } catch (HttpTimeoutException e) {
            return LinkStatus.unreachable("no answer within " + seconds(requestTimeout));
        } catch (UnknownHostException e) {
            return LinkStatus.unreachable("unknown host " + e.getMessage());
        } catch (ConnectException e) {
            return LinkStatus.unreachable("connection refused");
        } catch (IOException e) {
            return LinkStatus.unreachable(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            return LinkStatus.unreachable("is not a valid URL"); // a port out of range
        }
    }

    /** Asks the link and each place it redirects to, checking every host before anything connects to it. */
    private LinkStatus follow(URI start, String method) throws IOException {
        Set<URI> seen = new HashSet<>(Set.of(start));
        URI at = start;
        for (int redirects = 0; ; redirects++) {
            List<InetAddress> addresses;
            try {
                addresses = destinations.of(at.getHost());
            } catch (Destinations.NotPublic e) {
                return LinkStatus.notChecked(at == start ? e.getMessage()
                        : "it redirects to '" + shown(at) + "', and " + e.getMessage());
            } catch (UnknownHostException e) {
                throw new UnknownHostException(at.getHost());
            }
            HeadersOnlyRequest.Answer answer = http.send(at, addresses, method);
            if (!REDIRECTS.contains(answer.status()) || answer.location() == null) {
                return LinkStatus.answered(answer.status(), answer.contentType());
            }
            URI next = resolve(at, answer.location());
            if (next == null) {
                return LinkStatus.unreachable("it redirects to an address that is not a valid URL");
            }
            if (!isHttp(next.toString())) {
                return LinkStatus.unreachable("it redirects to '" + shown(next)
                        + "', which is not an http or https address");
            }
            if (!seen.add(next)) {
                return LinkStatus.unreachable("its redirects go round in a loop, back to '" + shown(next) + "'");
            }
            if (redirects == MAX_REDIRECTS) {
                return LinkStatus.unreachable("more than " + MAX_REDIRECTS + " redirects");
            }
            at = next;
        }
    }

    /** Where a Location header points, relative to the address that answered; null when it is no URL. */
    private static URI resolve(URI from, String location) {
        try {
            URI next = Destinations.withNumericHostRead(from.resolve(new URI(location)));
            return next.isAbsolute() && (!isHttp(next.toString()) || next.getHost() != null) ? next : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A redirect's address as a finding shows it: the server chose it, so it is cut short when long. */
    private static String shown(URI uri) {
        String text = uri.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
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
