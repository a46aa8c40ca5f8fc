package io.decklint.remote;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Tells addresses anyone on the internet can reach from the ones that lead into the machine or its network:
 * loopback, private, link-local, unique-local, unspecified, shared (carrier-grade NAT), multicast, broadcast,
 * documentation and reserved ranges (IANA's special-purpose registries). IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64 {@code 64:ff9b::/96}, 6to4) are judged by the IPv4 address inside.
 */
public final class PublicAddresses {
    private PublicAddresses() {}

    /** What kind of non-public address this is ("a loopback address"), or empty when it is public. */
    public static Optional<String> nonPublicKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        return Optional.ofNullable(bytes.length == 4 ? ipv4(toInt(bytes, 0)) : ipv6(bytes));
    }

    private static String ipv4(int a) {
        if (a == 0) {
            return "the unspecified address";
        }
        if (a == 0xFFFFFFFF) {
            return "the broadcast address";
        }
        if (in(a, 10, 0, 0, 0, 8) || in(a, 172, 16, 0, 0, 12) || in(a, 192, 168, 0, 0, 16)) {
            return "a private address";
        }
        if (in(a, 127, 0, 0, 0, 8)) {
            return "a loopback address";
        }
        if (in(a, 169, 254, 0, 0, 16)) {
            return "a link-local address";
        }
        if (in(a, 100, 64, 0, 0, 10)) {
            return "a shared (carrier-grade NAT) address";
        }
        if (in(a, 224, 0, 0, 0, 4)) {
            return "a multicast address";
        }
        if (in(a, 192, 0, 2, 0, 24) || in(a, 198, 51, 100, 0, 24) || in(a, 203, 0, 113, 0, 24)) {
            return "a documentation address";
        }
        if (in(a, 0, 0, 0, 0, 8) || in(a, 192, 0, 0, 0, 24) || in(a, 192, 88, 99, 0, 24)
                || in(a, 198, 18, 0, 0, 15) || in(a, 240, 0, 0, 0, 4)) {
            return "a reserved address";
        }
        return null;
    }

    private static String ipv6(byte[] b) {
        if (zero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return ipv4(toInt(b, 12)); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (zero(b, 0, 12)) {
            if (zero(b, 12, 15)) {
                return b[15] == 0 ? "the unspecified address" : b[15] == 1 ? "a loopback address"
                        : "a reserved address";
            }
            String inside = ipv4(toInt(b, 12)); // IPv4-compatible ::a.b.c.d, long deprecated
            return inside != null ? inside : "a reserved address";
        }
        int first = (b[0] & 0xFF) << 8 | b[1] & 0xFF;
        int second = (b[2] & 0xFF) << 8 | b[3] & 0xFF;
        if (first == 0x0064 && second == 0xFF9B && zero(b, 4, 12)) {
            return ipv4(toInt(b, 12)); // NAT64 well-known prefix: the gateway connects to the IPv4 address
        }
        if (first == 0x2002) {
            return ipv4(toInt(b, 2)); // 6to4
        }
        if ((first & 0xFE00) == 0xFC00) {
            return "a unique-local address";
        }
        if ((first & 0xFFC0) == 0xFE80) {
            return "a link-local address";
        }
        if ((first & 0xFFC0) == 0xFEC0) {
            return "a site-local address";
        }
        if ((first & 0xFF00) == 0xFF00) {
            return "a multicast address";
        }
        if (first == 0x2001 && second == 0x0DB8) {
            return "a documentation address";
        }
        // Global unicast is 2000::/3; 2001::/23 holds Teredo and other protocol assignments.
        if ((first & 0xE000) != 0x2000 || first == 0x2001 && second < 0x0200) {
            return "a reserved address";
        }
        return null;
    }

    private static boolean in(int address, int a, int b, int c, int d, int prefix) {
        int network = a << 24 | b << 16 | c << 8 | d;
        int mask = -1 << (32 - prefix);
        return (address & mask) == network;
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int toInt(byte[] bytes, int from) {
        return (bytes[from] & 0xFF) << 24 | (bytes[from + 1] & 0xFF) << 16 | (bytes[from + 2] & 0xFF) << 8
                | bytes[from + 3] & 0xFF;
    }
}
