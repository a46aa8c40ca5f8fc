package io.decklint.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on 127.0.0.1, asked the way browsers and other pages would ask it. */
class PreviewServerTest {
    @TempDir
    Path dir;
    private Path deckFolder;

    private final AtomicReference<PreviewPage> page =
            new AtomicReference<>(new PreviewPage("<p>first</p>", "default-src 'none'", "v1"));

    @BeforeEach
    void deckFolder() throws IOException {
        deckFolder = Files.createDirectories(dir.resolve("deck"));
        Files.write(deckFolder.resolve("chart.png"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("secret.png"), "outside the deck folder");
        Files.writeString(deckFolder.resolve("notes.txt"), "not an image");
    }

    private PreviewServer start() throws IOException {
        return new PreviewServer(0, page::get, deckFolder);
    }

    /** The page's path on the server: the secret part included. */
    private static String base(PreviewServer server) {
        return URI.create(server.url()).getPath();
    }

    private record Answer(int status, Map<String, String> headers, String body) {}

    /** One request written byte for byte, so paths and headers reach the server exactly as given. */
    private static Answer request(PreviewServer server, String method, String path, String... headers)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean hostGiven = false;
            for (String header : headers) {
                head.append(header).append("\r\n");
                hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            }
            if (!hostGiven) {
                head.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            int status = Integer.parseInt(reader.readLine().split(" ")[1]);
            Map<String, String> answered = new LinkedHashMap<>();
            for (String line = reader.readLine(); !line.isEmpty(); line = reader.readLine()) {
                int colon = line.indexOf(':');
                answered.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            StringBuilder body = new StringBuilder();
            boolean stream = status == 200 && path.endsWith("/_decklint/events");
            if (!method.equals("HEAD") && !stream) {
                reader.lines().forEach(line -> body.append(line).append('\n'));
            }
            return new Answer(status, answered, body.toString());
        }
    }

    private static Answer get(PreviewServer server, String path, String... headers) throws IOException {
        return request(server, "GET", path, headers);
    }

    @Test
    void printsAnAddressWithAnUnguessableSecretPart() throws IOException {
        try (PreviewServer one = start(); PreviewServer other = start()) {
            assertThat(one.url()).matches("http://127\\.0\\.0\\.1:\\d+/[0-9a-f]{48}/");
            assertThat(base(one)).isNotEqualTo(base(other));
        }
    }

    @Test
    void servesThePageItsAssetsAndImagesUnderTheSecretPath() throws IOException {
        try (PreviewServer server = start()) {
            Answer answer = get(server, base(server));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers().get("content-security-policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.headers()).containsEntry("x-frame-options", "DENY")
                    .containsEntry("referrer-policy", "no-referrer");
            assertThat(answer.body()).isEqualTo("<p>first</p>\n");
            assertThat(get(server, base(server) + "_decklint/assets/js/reveal.js").status()).isEqualTo(200);
            assertThat(get(server, base(server) + "chart.png").status()).isEqualTo(200);
        }
    }

    @Test
    void refusesEveryRequestWithoutTheSecretPart() throws IOException {
        try (PreviewServer server = start()) {
            String wrong = "0".repeat(48);
            for (String path : new String[] {"/", "/chart.png", "/_decklint/events", "/_decklint/assets/js/reveal.js",
                "/" + wrong + "/", "/" + wrong + "/chart.png", base(server).substring(0, 40) + "/chart.png",
                "/favicon.ico"}) {
                Answer answer = get(server, path);
                assertThat(answer.status()).as(path).isEqualTo(403);
                assertThat(answer.body()).as(path).contains("Open the address that 'decklint preview' printed")
                        .doesNotContain(base(server));
                assertThat(answer.headers()).as(path).containsEntry("x-frame-options", "DENY");
            }
        }
    }

    @Test
    void sendsTheBareSecretPathOnToThePage() throws IOException {
        try (PreviewServer server = start()) {
            String bare = base(server).substring(0, base(server).length() - 1);
            Answer answer = get(server, bare);
            assertThat(answer.status()).isEqualTo(308);
            assertThat(answer.headers()).containsEntry("location", server.url());
        }
    }

    @Test
    void refusesRequestsFromOtherPagesOrigins() throws IOException {
        try (PreviewServer server = start()) {
            for (String path : new String[] {base(server), base(server) + "_decklint/events",
                base(server) + "chart.png", base(server) + "_decklint/assets/js/reveal.js"}) {
                for (String origin : new String[] {"https://attacker.example", "null", "http://127.0.0.1",
                    "http://127.0.0.1:" + (server.port() + 1), "http://localhost:" + server.port() + ".example"}) {
                    Answer answer = get(server, path, "Origin: " + origin);
                    assertThat(answer.status()).as(path + " from " + origin).isEqualTo(403);
                    assertThat(answer.body()).contains("requests from other web pages are refused");
                }
            }
            assertThat(get(server, base(server), "Origin: http://127.0.0.1:" + server.port()).status())
                    .isEqualTo(200);
            assertThat(get(server, base(server), "Origin: http://localhost:" + server.port()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void noResponseMayBeFramed() throws IOException {
        try (PreviewServer server = start()) {
            for (String path : new String[] {base(server), base(server) + "chart.png", base(server) + "missing.png",
                base(server) + "_decklint/assets/js/reveal.js", base(server) + "_decklint/events", "/"}) {
                Answer answer = get(server, path);
                assertThat(answer.headers()).as(path).containsEntry("x-frame-options", "DENY");
                if (answer.headers().containsKey("content-security-policy")) {
                    assertThat(answer.headers().get("content-security-policy")).as(path)
                            .contains("frame-ancestors 'none'");
                }
            }
            assertThat(get(server, base(server) + "chart.png").headers().get("content-security-policy"))
                    .contains("frame-ancestors 'none'");
        }
    }

    @Test
    void refusesOtherHostsSoDnsRebindingFindsNothing() throws IOException {
        try (PreviewServer server = start()) {
            int port = server.port();
            for (String host : new String[] {"attacker.example:" + port, "127.0.0.1", "localhost",
                "127.0.0.1:" + port + ".attacker.example", "127.0.0.1.attacker.example:" + port, ""}) {
                assertThat(get(server, base(server), "Host: " + host).status()).as(host).isEqualTo(421);
            }
            assertThat(get(server, base(server), "Host: localhost:" + port).status()).isEqualTo(200);
            assertThat(get(server, base(server), "Host: LOCALHOST:" + port).status()).isEqualTo(200);
        }
    }

    @Test
    void servesNothingOutsideTheDeckFolderNorWhatIsNotAnImage() throws IOException {
        Files.createSymbolicLink(deckFolder.resolve("link.png"), dir.resolve("secret.png"));
        try (PreviewServer server = start()) {
            String base = base(server);
            for (String path : new String[] {base + "../secret.png", base + "%2e%2e/secret.png",
                base + "..%2fsecret.png", base + "%2E%2E%2Fsecret.png", base + "link.png", base + "notes.txt",
                base + "..\\secret.png", base + "_decklint/assets/../../pom.xml", base + "/" + dir.resolve(
                        "secret.png").toString().substring(1), base + "chart.png%00.txt"}) {
                Answer answer = get(server, path);
                assertThat(answer.status()).as(path).isIn(400, 404);
                assertThat(answer.body()).as(path).doesNotContain("outside the deck folder", "not an image");
            }
        }
    }

    @Test
    void isReadOnly() throws IOException {
        try (PreviewServer server = start()) {
            assertThat(request(server, "POST", base(server), "Content-Length: 0").status()).isEqualTo(405);
            assertThat(request(server, "PUT", base(server) + "chart.png", "Content-Length: 0").status())
                    .isEqualTo(405);
        }
    }

    @Test
    void tellsOpenPagesAboutANewVersion() throws IOException {
        try (PreviewServer server = start()) {
            HttpURLConnection events = (HttpURLConnection) URI.create(server.url() + "_decklint/events").toURL()
                    .openConnection();
            events.setReadTimeout(10_000);
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
