package io.decklint.remote;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request to addresses that were checked before: connects to exactly those (no lookup of its own,
 * which a DNS answer could change in between), verifies an {@code https} server's certificate against the URL's
 * host, and reads the status line and headers, never the body. Redirects are the caller's to follow.
 */
final class HeadersOnlyRequest {
    private static final String USER_AGENT = "decklint (checks that slide images load)";
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

    /** The status and the headers a link check needs; {@code location} and {@code contentType} may be null. */
    record Answer(int status, String contentType, String location) {}

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    /** Asked only for an https link: making the default factory reads the trusted certificates, a run's slowest step. */
    private final Supplier<SSLSocketFactory> tls;

    HeadersOnlyRequest(Duration connectTimeout, Duration requestTimeout, Supplier<SSLSocketFactory> tls) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.tls = tls;
    }

    /**
     * @param uri an absolute {@code http} or {@code https} URL with a host
     * @param addresses the host's checked addresses, tried in order
     */
    Answer send(URI uri, List<InetAddress> addresses, String method) throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        try (Socket socket = connect(addresses, port)) {
            long deadline = System.nanoTime() + requestTimeout.toNanos();
            socket.setSoTimeout(remainingMillis(deadline));
            Socket channel = https ? secure(socket, bareHost(uri), port) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(requestHead(uri, method).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer(new BufferedInputStream(channel.getInputStream()), socket, deadline);
        } catch (SocketTimeoutException e) {
            throw new HttpTimeoutException("no answer in time");
        }
    }

    private Socket connect(List<InetAddress> addresses, int port) throws IOException {
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket socket = new Socket(Proxy.NO_PROXY);
            try {
                socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
                return socket;
            } catch (SocketTimeoutException e) {
                socket.close();
                last = new HttpConnectTimeoutException("no connection in time");
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last;
    }

    /** TLS over the connection made: the certificate must name the URL's host, which is also sent as SNI. */
    private SSLSocket secure(Socket socket, String host, int port) throws IOException {
        SSLSocket secured = (SSLSocket) tls.get().createSocket(socket, host, port, true);
        SSLParameters parameters = secured.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        secured.setSSLParameters(parameters);
        secured.startHandshake();
        return secured;
    }

    private static String bareHost(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static String requestHead(URI written, String method) {
        URI uri = URI.create(written.toASCIIString());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + USER_AGENT
                + "\r\nAccept: image/*, */*;q=0.8\r\nConnection: close\r\n\r\n";
    }

    /** The final answer's status and headers; interim (1xx) answers are skipped. */
    private static Answer readAnswer(InputStream in, Socket socket, long deadline) throws IOException {
        int[] budget = {MAX_HEADER_BYTES};
        while (true) {
            String statusLine = readLine(in, socket, deadline, budget);
            Matcher status = STATUS_LINE.matcher(statusLine);
            if (!status.matches()) {
                throw new IOException("the server did not answer in HTTP");
            }
            String contentType = null;
            String location = null;
            for (String line = readLine(in, socket, deadline, budget); !line.isEmpty();
                    line = readLine(in, socket, deadline, budget)) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : line.substring(colon + 1).trim();
                if (name.equals("content-type") && contentType == null) {
                    contentType = value;
                } else if (name.equals("location") && location == null) {
                    location = value;
                }
            }
            int code = Integer.parseInt(status.group(1));
            if (code >= 200 || code == 101) {
                return new Answer(code, contentType, location);
            }
        }
    }

    /** One header line without its line break; a slow or endless header runs into the deadline or the budget. */
    private static String readLine(InputStream in, Socket socket, long deadline, int[] budget) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            socket.setSoTimeout(remainingMillis(deadline));
            int c = in.read();
            if (c == -1) {
                throw new IOException("the server closed the connection before it answered");
            }
            if (--budget[0] < 0) {
                throw new IOException("the answer's headers are longer than " + MAX_HEADER_BYTES / 1024 + " KB");
            }
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long millis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (millis <= 0) {
            throw new SocketTimeoutException();
        }
        return (int) Math.min(millis, Integer.MAX_VALUE);
    }
}
