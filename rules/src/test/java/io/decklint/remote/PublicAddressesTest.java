package io.decklint.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses are only classified here: nothing is resolved or connected to. */
class PublicAddressesTest {
    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, the unspecified address",
        "0.1.2.3, a reserved address",
        "10.0.0.1, a private address",
        "172.16.0.1, a private address",
        "172.31.255.255, a private address",
        "192.168.1.1, a private address",
        "100.64.0.1, a shared (carrier-grade NAT) address",
        "100.127.255.254, a shared (carrier-grade NAT) address",
        "127.0.0.1, a loopback address",
        "127.255.0.9, a loopback address",
        "169.254.169.254, a link-local address",
        "192.0.0.8, a reserved address",
        "192.0.2.10, a documentation address",
        "198.18.0.1, a reserved address",
        "198.51.100.7, a documentation address",
        "203.0.113.99, a documentation address",
        "224.0.0.1, a multicast address",
        "239.255.255.250, a multicast address",
        "240.0.0.1, a reserved address",
        "255.255.255.255, the broadcast address",
        "::, the unspecified address",
        "::1, a loopback address",
        "::2, a reserved address",
        "::127.0.0.1, a loopback address",
        "::8.8.8.8, a reserved address",
        "64:ff9b::a9fe:a9fe, a link-local address",
        "64:ff9b:1::1, a reserved address",
        "2002:c0a8:0101::1, a private address",
        "fc00::1, a unique-local address",
        "fd12:3456::1, a unique-local address",
        "fe80::1, a link-local address",
        "fec0::1, a site-local address",
        "ff02::1, a multicast address",
        "2001:db8::1, a documentation address",
        "2001::1, a reserved address",
        "100::1, a reserved address",
    })
    void refusesAddressesInsideMachinesAndNetworks(String literal, String kind) throws UnknownHostException {
        assertThat(PublicAddresses.nonPublicKind(InetAddress.getByName(literal))).hasValue(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "169.253.1.1", "2606:4700::1111",
        "2a00:1450:4001:80b::200e", "64:ff9b::808:808", "2002:0808:0808::1"})
    void letsPublicAddressesThrough(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.nonPublicKind(InetAddress.getByName(literal))).isEmpty();
    }

    /** Java turns ::ffff:a.b.c.d into an IPv4 address when it parses it; an address built from bytes stays IPv6. */
    @ParameterizedTest
    @CsvSource({
        "00000000000000000000ffff7f000001, a loopback address",
        "00000000000000000000ffffa9fea9fe, a link-local address",
        "00000000000000000000ffff0a000001, a private address",
    })
    void judgesIpv4MappedAddressesByTheIpv4AddressInside(String hex, String kind) throws UnknownHostException {
        InetAddress mapped = Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex), -1);
        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(PublicAddresses.nonPublicKind(mapped)).hasValue(kind);
    }
}
