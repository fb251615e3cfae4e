package dev.callout.application.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs deliveries may go to (the SSRF rules): https, a host that is a name or a plain IP
 * address, and only public addresses, every address the name resolves to included. Checked when an
 * endpoint is registered and again before every connection, which then goes to a checked address,
 * so a name that resolves elsewhere later (a DNS rebind) gains nothing. {@code allowHttp} and
 * {@code allowPrivate} lift the rules for development and tests.
 */
public final class WebhookAddresses {

    public static final int MAX_URL_LENGTH = 2048;

    /** Name resolution, so tests can say what a name resolves to. */
    @FunctionalInterface
    public interface HostNames {

        HostNames SYSTEM = host -> List.of(InetAddress.getAllByName(host));

        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** Where a URL may be reached, or why it may not. */
    public sealed interface Resolution {

        /** Every address the host stands for, all checked; {@code literal} when the host is an IP address. */
        record Reachable(URI url, String host, int port, List<InetAddress> addresses, boolean literal) implements Resolution {
            public Reachable {
                addresses = List.copyOf(addresses);
            }
        }

        record Refused(String reason) implements Resolution {
        }
    }

    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    /** A last label an IPv4 parser would read as a number (decimal, octal or hex): 1, 0177, 0x7f. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)[0-9]+|0x[0-9a-f]*");

    /** Blocked IPv4 ranges: network, mask length. */
    private static final int[][] BLOCKED_IPV4 = {
            {ipv4(0, 0, 0, 0), 8},         // "this network", 0.0.0.0 unspecified
            {ipv4(10, 0, 0, 0), 8},        // private
            {ipv4(100, 64, 0, 0), 10},     // carrier-grade NAT
            {ipv4(127, 0, 0, 0), 8},       // loopback
            {ipv4(169, 254, 0, 0), 16},    // link-local, cloud metadata
            {ipv4(172, 16, 0, 0), 12},     // private
            {ipv4(192, 0, 0, 0), 24},      // IETF protocol assignments
            {ipv4(192, 0, 2, 0), 24},      // documentation
            {ipv4(192, 88, 99, 0), 24},    // 6to4 relay anycast
            {ipv4(192, 168, 0, 0), 16},    // private
            {ipv4(198, 18, 0, 0), 15},     // benchmarking
            {ipv4(198, 51, 100, 0), 24},   // documentation
            {ipv4(203, 0, 113, 0), 24},    // documentation
            {ipv4(224, 0, 0, 0), 4},       // multicast
            {ipv4(240, 0, 0, 0), 4},       // reserved, broadcast
    };

    private final boolean allowHttp;
    private final boolean allowPrivate;

    public WebhookAddresses(boolean allowHttp, boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    /** What is wrong with the URL itself (scheme, host, port, notation), without resolving anything. */
    public Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of("must be an absolute URL");
        }
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must use https or http" : "must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host (a DNS name in ASCII or an IP address)");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            return Optional.of("port must be between 1 and 65535");
        }
        if (host.startsWith("[")) {
            if (host.contains("%")) {
                return Optional.of("must not carry an IPv6 zone");
            }
            try {
                literal(host);
            } catch (UnknownHostException e) {
                return Optional.of("is not a valid IPv6 address");
            }
        } else {
            String[] labels = host.split("\\.");
            if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches() && !CANONICAL_IPV4.matcher(host).matches()) {
                return Optional.of("must write an IPv4 address as four decimal numbers (like 203.0.113.10)");
            }
        }
        return Optional.empty();
    }

    /** Why the URL may not be called, resolving its host through {@code names}; empty when it may. */
    public Optional<String> refusal(String url, HostNames names) {
        return resolve(url, names) instanceof Resolution.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    /** The URL's addresses, each checked, resolving its host through {@code names} unless it is an IP address. */
    public Resolution resolve(String url, HostNames names) {
        Optional<String> problem = problem(url);
        if (problem.isPresent()) {
            return new Resolution.Refused(problem.get());
        }
        URI uri = URI.create(url);
        String host = uri.getHost();
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        List<InetAddress> addresses;
        boolean literal;
        try {
            Optional<InetAddress> address = literal(host);
            literal = address.isPresent();
            addresses = literal ? List.of(address.get()) : names.resolve(host);
        } catch (UnknownHostException e) {
            return new Resolution.Refused("host does not resolve");
        }
        if (addresses.isEmpty()) {
            return new Resolution.Refused("host does not resolve");
        }
        if (!allowPrivate && !addresses.stream().allMatch(WebhookAddresses::isPublic)) {
            return new Resolution.Refused("points to a private, loopback, link-local or otherwise non-public address");
        }
        return new Resolution.Reachable(uri, host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port,
                addresses, literal);
    }

    /** The address an IP literal host names (no DNS), or empty for a name. */
    private static Optional<InetAddress> literal(String host) throws UnknownHostException {
        if (host.startsWith("[") && host.endsWith("]")) {
            String inner = host.substring(1, host.length() - 1);
            if (!inner.contains(":")) {
                throw new UnknownHostException(host);
            }
            return Optional.of(InetAddress.getByName(inner));
        }
        if (CANONICAL_IPV4.matcher(host).matches()) {
            String[] parts = host.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return Optional.of(InetAddress.getByAddress(bytes));
        }
        return Optional.empty();
    }

    /** Whether a delivery may connect to the address: a globally routable unicast one. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes, 0);
        }
        if (zeros(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return isPublicIpv4(bytes, 12); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (zeros(bytes, 0, 12)) {
            return false; // ::, ::1, IPv4-compatible ::a.b.c.d
        }
        if (word(bytes, 0) == 0x0064 && word(bytes, 2) == 0xff9b && zeros(bytes, 4, 12)) {
            return isPublicIpv4(bytes, 12); // NAT64 64:ff9b::a.b.c.d
        }
        if ((bytes[0] & 0xe0) != 0x20) {
            return false; // outside global unicast 2000::/3: unique-local, link-local, site-local, multicast, ...
        }
        if (word(bytes, 0) == 0x2001 && (bytes[2] & 0xfe) == 0) {
            return false; // 2001::/23 IETF protocol assignments (Teredo, benchmarking, ORCHID)
        }
        if (word(bytes, 0) == 0x2001 && word(bytes, 2) == 0x0db8 || word(bytes, 0) == 0x3fff && (bytes[2] & 0xf0) == 0) {
            return false; // documentation 2001:db8::/32, 3fff::/20
        }
        if (word(bytes, 0) == 0x2002) {
            return isPublicIpv4(bytes, 2); // 6to4 2002:a.b.c.d::/48
        }
        return true;
    }

    private static boolean isPublicIpv4(byte[] bytes, int from) {
        int value = ((bytes[from] & 0xff) << 24) | ((bytes[from + 1] & 0xff) << 16) | ((bytes[from + 2] & 0xff) << 8)
                | (bytes[from + 3] & 0xff);
        for (int[] range : BLOCKED_IPV4) {
            int mask = -1 << (32 - range[1]);
            if ((value & mask) == range[0]) {
                return false;
            }
        }
        return true;
    }

    private static int ipv4(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    private static int word(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
