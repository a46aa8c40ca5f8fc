package io.decklint.remote;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a request for a host may go to, each checked before anything connects to it. Numeric hosts are
 * read the way browsers and the C library read them ({@code 2130706433}, {@code 0177.1}, {@code 0x7f.0.0.1},
 * {@code [::ffff:127.0.0.1]}), without asking a resolver; names are resolved once, and the caller connects to the
 * addresses returned here, so a second lookup cannot answer differently (DNS rebinding).
 */
final class Destinations {
    /** Only public addresses: why any other is refused ("a loopback address"). */
    static final Function<InetAddress, Optional<String>> PUBLIC_ONLY = PublicAddresses::nonPublicKind;
    static final Function<InetAddress, Optional<String>> ANY_ADDRESS = address -> Optional.empty();

    private static final Pattern AUTHORITY = Pattern.compile("(?:([^@]*)@)?([0-9A-Za-z.]+)(?::(\\d{0,5}))?");

    private final HostResolver resolver;
    private final Function<InetAddress, Optional<String>> refusal;

    /** @param refusal why an address may not be asked, or empty when it may */
    Destinations(HostResolver resolver, Function<InetAddress, Optional<String>> refusal) {
        this.resolver = resolver;
        this.refusal = refusal;
    }

    /** A host whose address is not public, while only public ones may be looked up. */
    static final class NotPublic extends Exception {
        NotPublic(String message) {
            super(message);
        }
    }

    /**
     * @param host a URL's host as {@link java.net.URI#getHost()} gives it (IPv6 in brackets)
     * @return the host's addresses, all of them allowed
     * @throws NotPublic when one of them is refused: the message says which, as in "'localhost' is 127.0.0.1,
     *     a loopback address"
     */
    List<InetAddress> of(String host) throws UnknownHostException, NotPublic {
        Optional<InetAddress> literal = literal(host);
        List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = refusal.apply(address);
            if (kind.isPresent()) {
                String numeric = address.getHostAddress();
                throw new NotPublic(host.equalsIgnoreCase(numeric) ? numeric + " is " + kind.get()
                        : "'" + host + "' is " + numeric + ", " + kind.get());
            }
        }
        return addresses;
    }

    /**
     * The URL with a numeric host that {@link URI} cannot read as a host ({@code http://127.1/},
     * {@code http://0x7f.1/}) written as the dotted address browsers read it as; any other URL as it is.
     */
    static URI withNumericHostRead(URI uri) {
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null || authority == null) {
            return uri;
        }
        Matcher parts = AUTHORITY.matcher(authority);
        if (!parts.matches()) {
            return uri;
        }
        Optional<InetAddress> address = ipv4(parts.group(2)).map(Destinations::toAddress);
        if (address.isEmpty()) {
            return uri;
        }
        try {
            String written = parts.group(3);
            int port = written == null || written.isEmpty() ? -1 : Integer.parseInt(written);
            return new URI(uri.getScheme(), parts.group(1), address.get().getHostAddress(), port, uri.getPath(),
                    uri.getQuery(), uri.getFragment());
        } catch (URISyntaxException | NumberFormatException e) {
            return uri;
        }
    }

    /** The address a numeric host stands for, or empty for a name (which may still resolve to anything). */
    static Optional<InetAddress> literal(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]") && host.contains(":")) {
                return Optional.of(InetAddress.getByName(host)); // an IPv6 literal is parsed, never looked up
            }
            return ipv4(host).map(Destinations::toAddress);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** One to four parts, each decimal, octal (leading 0) or hexadecimal (0x); the last fills what is left. */
    private static Optional<Long> ipv4(String host) {
        String[] parts = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> value = number(parts[i]);
            boolean last = i == parts.length - 1;
            long limit = last ? 1L << (8 * (5 - parts.length)) : 256;
            if (value.isEmpty() || value.get() >= limit) {
                return Optional.empty();
            }
            address = last ? address << (8 * (5 - parts.length)) | value.get() : address << 8 | value.get();
        }
        return Optional.of(address);
    }

    private static Optional<Long> number(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        int radix = lower.startsWith("0x") ? 16 : lower.length() > 1 && lower.startsWith("0") ? 8 : 10;
        String digits = radix == 16 ? lower.substring(2) : radix == 8 ? lower.substring(1) : lower;
        if (digits.isEmpty()) {
            return radix == 16 ? Optional.of(0L) : Optional.empty();
        }
        if (digits.length() > 12 || !digits.chars().allMatch(c -> c < 128 && Character.digit(c, radix) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits, radix));
    }

    private static InetAddress toAddress(long address) {
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
