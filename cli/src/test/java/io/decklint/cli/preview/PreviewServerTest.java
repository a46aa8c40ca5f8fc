package io.decklint.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    @TempDir
    Path dir;

    private final AtomicReference<PreviewPage> page =
            new AtomicReference<>(new PreviewPage("<p>first</p>", "default-src 'none'", "v1"));

    private static HttpURLConnection get(PreviewServer server, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(server.url() + path.substring(1)).toURL()
                .openConnection();
        connection.setReadTimeout(10_000);
        return connection;
    }

    @Test
    void servesThePageWithItsPolicyOnLoopbackOnly() throws IOException {
        try (PreviewServer server = new PreviewServer(0, page::get, dir)) {
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            HttpURLConnection connection = get(server, "/");
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(connection.getHeaderField("Content-Security-Policy")).isEqualTo("default-src 'none'");
            assertThat(new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("<p>first</p>");
            assertThat(get(server, "/_decklint/assets/js/reveal.js").getResponseCode()).isEqualTo(200);
            assertThat(get(server, "/_decklint/assets/../../pom.xml").getResponseCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesOtherHostsAndWrites() throws IOException {
        try (PreviewServer server = new PreviewServer(0, page::get, dir);
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 421");
            HttpURLConnection post = get(server, "/");
            post.setRequestMethod("POST");
            assertThat(post.getResponseCode()).isEqualTo(405);
        }
    }

    @Test
    void tellsOpenPagesAboutANewVersion() throws IOException {
        try (PreviewServer server = new PreviewServer(0, page::get, dir)) {
            HttpURLConnection events = get(server, "/_decklint/events");
            BufferedReader reader = new BufferedReader(new InputStreamReader(events.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("event: version");
            assertThat(reader.readLine()).isEqualTo("data: v1");
            assertThat(reader.readLine()).isEmpty();
            page.set(new PreviewPage("<p>second</p>", "default-src 'none'", "v2"));
            server.pageChanged();
            assertThat(reader.readLine()).isEqualTo("event: version");
            assertThat(reader.readLine()).isEqualTo("data: v2");
            events.disconnect();
        }
    }
}
