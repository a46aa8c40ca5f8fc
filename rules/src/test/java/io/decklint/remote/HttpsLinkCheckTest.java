package io.decklint.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.decklint.lint.LinkStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * https to a server on 127.0.0.1 whose certificate names {@code images.example} (a test certificate, trusted
 * only here): the request goes to the address that was checked, while the certificate is checked against the
 * URL's host.
 */
class HttpsLinkCheckTest {
    private static final char[] PASSWORD = "decklint".toCharArray();
    private HttpsServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private HttpLinkChecker checker;
    private int port;

    @BeforeEach
    void start() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("images-example.p12")) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverSide = SSLContext.getInstance("TLS");
        serverSide.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSide));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();

        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext clientSide = SSLContext.getInstance("TLS");
        clientSide.init(null, trust.getTrustManagers(), null);
        HostResolver table = name -> {
            if (!name.equals("images.example")) {
                throw new UnknownHostException(name);
            }
            return List.of(InetAddress.getLoopbackAddress());
        };
        checker = new HttpLinkChecker(Duration.ofSeconds(2), Duration.ofSeconds(3), 2,
                new Destinations(table, Destinations.ANY_ADDRESS), clientSide::getSocketFactory);
    }

    @AfterEach
    void stop() {
        checker.close();
        server.stop(0);
    }

    @Test
    void connectsToTheCheckedAddressAndVerifiesTheCertificateAgainstTheName() {
        String url = "https://images.example:" + port + "/logo.png";
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.ok()).as(String.valueOf(status)).isTrue();
        assertThat(status.contentType()).isEqualTo("image/png");
        assertThat(requests).hasValue(1);
    }

    @Test
    void refusesACertificateForAnotherName() {
        String url = "https://127.0.0.1:" + port + "/logo.png";
        LinkStatus status = checker.check(List.of(url)).get(url);
        assertThat(status.reachable()).isFalse();
        assertThat(status.failure()).contains("127.0.0.1");
        assertThat(requests).hasValue(0);
    }
}
