package io.decklint.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hosts are read and checked here with a table for names: nothing is looked up or connected to. */
class DestinationsTest {
    private static final Map<String, List<String>> NAMES = Map.of(
            "localhost", List.of("127.0.0.1", "::1"),
            "metadata.example", List.of("169.254.169.254"),
            "images.example", List.of("93.184.216.34"),
            "split.example", List.of("93.184.216.34", "10.1.2.3"));

    private static final HostResolver TABLE = name -> {
        List<String> found = NAMES.get(name);
        if (found == null) {
            throw new UnknownHostException(name);
        }
        return found.stream().map(DestinationsTest::parse).toList();
    };

    private static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final Destinations publicOnly = new Destinations(TABLE, Destinations.PUBLIC_ONLY);

    @ParameterizedTest
    @CsvSource({
        "2130706433, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0x7f.0.0.1, 127.0.0.1",
        "0X7F000001, 127.0.0.1",
        "017700000001, 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "0177.1, 127.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "0, 0.0.0.0",
        "0x, 0.0.0.0",
        "169.254.43518, 169.254.169.254",
        "0xa9fea9fe, 169.254.169.254",
        "'[::1]', 0:0:0:0:0:0:0:1",
        "'[::ffff:127.0.0.1]', 127.0.0.1",
        "'[::ffff:7f00:1]', 127.0.0.1",
        "'[0:0:0:0:0:ffff:a9fe:a9fe]', 169.254.169.254",
    })
    void readsEveryNumericNotationAsBrowsersDo(String host, String address) {
        assertThat(Destinations.literal(host)).hasValue(parse(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"images.example", "256.0.0.1", "1.2.3.4.5", "0x1g.0.0.1", "08.0.0.1", "1..2",
        "127.0.0.1.."})
    void leavesNamesToTheResolver(String host) {
        assertThat(Destinations.literal(host)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2130706433 | '2130706433' is 127.0.0.1, a loopback address",
        "0x7f.1 | '0x7f.1' is 127.0.0.1, a loopback address",
        "0.0.0.0 | 0.0.0.0 is the unspecified address",
        "[::1] | '[::1]' is 0:0:0:0:0:0:0:1, a loopback address",
        "[::ffff:a9fe:a9fe] | '[::ffff:a9fe:a9fe]' is 169.254.169.254, a link-local address",
        "localhost | 'localhost' is 127.0.0.1, a loopback address",
        "metadata.example | 'metadata.example' is 169.254.169.254, a link-local address",
        "split.example | 'split.example' is 10.1.2.3, a private address",
        "10.0.0.1 | 10.0.0.1 is a private address",
    })
    void refusesHostsWithAnAddressThatIsNotPublic(String host, String why) {
        assertThatThrownBy(() -> publicOnly.of(host)).isInstanceOf(Destinations.NotPublic.class).hasMessage(why);
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.1/a.png, http://127.0.0.1/a.png",
        "http://0x7f.1:8080/a.png?x=1, http://127.0.0.1:8080/a.png?x=1",
        "http://0x7f.1:/a.png, http://127.0.0.1/a.png",
        "https://user@0xa9.0xfe.0xa9.0xfe/latest, https://user@169.254.169.254/latest",
        "http://images.example/a.png, http://images.example/a.png",
        "http://exa_mple/a.png, http://exa_mple/a.png",
    })
    void readsNumericHostsThatUriCannot(String url, String read) {
        assertThat(Destinations.withNumericHostRead(URI.create(url))).isEqualTo(URI.create(read));
    }

    @Test
    void givesThePublicAddressesItChecked() throws Exception {
        assertThat(publicOnly.of("images.example")).containsExactly(parse("93.184.216.34"));
        assertThat(publicOnly.of("93.184.216.34")).containsExactly(parse("93.184.216.34"));
    }

    @Test
    void allowsEveryAddressWhenAskedTo() throws Exception {
        Destinations any = new Destinations(TABLE, Destinations.ANY_ADDRESS);
        assertThat(any.of("localhost")).containsExactly(parse("127.0.0.1"), parse("::1"));
        assertThat(any.of("2130706433")).containsExactly(parse("127.0.0.1"));
    }

    @Test
    void saysWhenANameIsUnknown() {
        assertThatThrownBy(() -> publicOnly.of("nowhere.example")).isInstanceOf(UnknownHostException.class);
    }
}
