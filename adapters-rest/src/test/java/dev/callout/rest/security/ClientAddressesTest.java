package dev.callout.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    private static InetAddress address(String literal) {
        return ClientAddresses.literal(literal).orElseThrow();
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItForwards() {
        ClientAddresses none = new ClientAddresses(List.of());

        assertThat(none.client(address("10.1.2.3"), List.of("203.0.113.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        assertThat(behindProxies.client(address("10.1.2.3"), List.of("198.51.100.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.client(address("10.1.2.3"), List.of("198.51.100.1, 203.0.113.9", "192.168.1.7")))
                .as("header lines in order, trusted hops skipped").isEqualTo("203.0.113.9");
        assertThat(behindProxies.client(address("fd12::1"), List.of("2001:db8::5, fd00::9"))).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(behindProxies.client(address("10.1.2.3"), List.of())).as("nothing forwarded").isEqualTo("10.1.2.3");
        assertThat(behindProxies.client(address("10.1.2.3"), List.of("10.9.9.9"))).as("all trusted: the farthest")
                .isEqualTo("10.9.9.9");
        assertThat(behindProxies.client(address("10.1.2.3"), List.of("203.0.113.9, nonsense, 10.9.9.9")))
                .as("the walk stops at what is not an address").isEqualTo("10.9.9.9");
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWhenItForwards() {
        assertThat(behindProxies.client(address("192.168.1.8"), List.of("203.0.113.9"))).isEqualTo("192.168.1.8");
        assertThat(behindProxies.client(address("11.0.0.1"), List.of("203.0.113.9"))).isEqualTo("11.0.0.1");
    }

    @Test
    void onlyAddressesWrittenOutAreRead() {
        assertThat(ClientAddresses.literal("203.0.113.9:8443")).contains(address("203.0.113.9"));
        assertThat(ClientAddresses.literal("[2001:db8::5]:443")).contains(address("2001:db8::5"));
        assertThat(ClientAddresses.literal("::ffff:203.0.113.9")).contains(address("203.0.113.9"));
        for (String notAnAddress : new String[] {"localhost", "example.com", "1.2.3", "256.1.1.1", "", "[::1", "unknown"}) {
            assertThat(ClientAddresses.literal(notAnAddress)).as(notAnAddress).isEmpty();
        }
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressOrRangeStopsTheStart() {
        for (String wrong : new String[] {"proxy.internal", "10.0.0.0/33", "10.0.0.0/", "fd00::/129", "10.0.0.0/8/8"}) {
            assertThatThrownBy(() -> new ClientAddresses(List.of(wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trusted-proxies");
        }
    }
}
