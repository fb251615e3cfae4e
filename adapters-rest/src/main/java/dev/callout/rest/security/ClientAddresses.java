package dev.callout.rest.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client's address, for rate limits and sign-in lockouts: the TCP peer, unless the peer is
 * a trusted proxy ({@code callout.rate-limits.trusted-proxies}); then X-Forwarded-For is read
 * from the right and the first address that is not a trusted proxy is the client. Anyone else's
 * X-Forwarded-For is ignored, so a client cannot pick its own address. Created at start-up, so a
 * setting that is not an address or a range stops the start rather than failing every request.
 */
@Context
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** An address or a CIDR range of them. */
    record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            String[] parts = text.strip().split("/", -1);
            InetAddress address = literal(parts[0]).orElse(null);
            int bits = address == null ? 0 : address.getAddress().length * 8;
            int prefix = parts.length == 1 ? bits : parsePrefix(parts.length == 2 ? parts[1] : "");
            if (address == null || prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("callout.rate-limits.trusted-proxies: '" + text
                        + "' is not an IP address or a CIDR range (e.g. 10.0.0.0/8, fd00::/8)");
            }
            return new Range(address.getAddress(), prefix);
        }

        private static int parsePrefix(String digits) {
            return digits.matches("\\d{1,3}") ? Integer.parseInt(digits) : -1;
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> trustedProxies;

    public ClientAddresses(RateLimitSettings settings) {
        this(settings.getTrustedProxies());
    }

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().filter(entry -> !entry.isBlank()).map(Range::parse).toList();
    }

    public String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString()
                : client(remote.getAddress(), request.getHeaders().getAll("X-Forwarded-For"));
    }

    /** The client behind the TCP peer, given the X-Forwarded-For header lines in the order they came. */
    String client(InetAddress peer, List<String> forwardedFor) {
        InetAddress client = peer;
        if (trusted(client)) {
            List<String> hops = new ArrayList<>();
            for (String line : forwardedFor) {
                for (String hop : line.split(",")) {
                    hops.add(hop.strip());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops.get(i));
                if (hop.isEmpty()) {
                    break; // not an address: the trusted hop that passed it on is the last one known
                }
                client = hop.get();
                if (!trusted(client)) {
                    break;
                }
            }
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        for (Range range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IP address written out (IPv4 may carry a port, IPv6 may be in brackets); never a name to look up. */
    static Optional<InetAddress> literal(String text) {
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        var ipv4 = IPV4.matcher(value);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(address(bytes));
        }
        if (!IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value)); // a literal with a colon is parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
