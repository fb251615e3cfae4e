package dev.callout.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.webhook.WebhookAddresses.HostNames;
import dev.callout.application.webhook.WebhookAddresses.Resolution;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    private static final WebhookAddresses STRICT = new WebhookAddresses(false, false);

    /** Names as a test DNS answers them; anything else does not resolve. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.com", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "localhost", List.of("127.0.0.1", "::1"),
            "metadata.example.com", List.of("169.254.169.254"),
            "half-private.example.com", List.of("93.184.215.14", "10.0.0.7"),
            "mapped.example.com", List.of("::ffff:192.168.1.1"));

    private static final HostNames NAMES = host -> {
        List<String> answers = DNS.get(host.toLowerCase());
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        return answers.stream().map(WebhookAddressesTest::address).toList();
    };

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://hooks.example.com/in                 | must use https
            ftp://hooks.example.com/in                  | must use https
            hooks.example.com/in                        | must be an absolute URL
            https:hooks.example.com                     | must be an absolute URL
            https://user:pw@hooks.example.com/in        | must not contain credentials
            https://hooks.example.com/in#frag           | must not have a fragment
            https://exa_mple.com/in                     | must name a host
            https://пример.рф/in                        | must name a host
            https:///in                                 | must name a host
            https://127.1/in                            | must name a host
            https://127.0.0.1./in                       | must name a host
            https://2130706433/in                       | four decimal numbers
            https://0177.0.0.1/in                       | four decimal numbers
            https://0x7f.0.0.1/in                       | must name a host
            https://0x7f.0.0.1/in                       | must name a host
            https://127.000.000.001/in                  | four decimal numbers
            https://hooks.example.com:0/in              | port must be between 1 and 65535
            https://hooks.example.com:99999/in          | port must be between 1 and 65535
            https://[fe80::1%25eth0]/in                 | IPv6 zone
            https://[12345::1]/in                       | not a valid
            https://[127.0.0.1]/in                      | not a valid
            https://127.0.0.1/in                        | non-public
            https://10.1.2.3/in                         | non-public
            https://172.16.0.1/in                       | non-public
            https://172.31.255.255/in                   | non-public
            https://192.168.0.10/in                     | non-public
            https://169.254.169.254/latest/meta-data    | non-public
            https://100.64.0.1/in                       | non-public
            https://0.0.0.0/in                          | non-public
            https://224.0.0.1/in                        | non-public
            https://255.255.255.255/in                  | non-public
            https://198.18.0.1/in                       | non-public
            https://192.0.2.1/in                        | non-public
            https://[::1]/in                            | non-public
            https://[::]/in                             | non-public
            https://[::ffff:127.0.0.1]/in               | non-public
            https://[::ffff:7f00:1]/in                  | non-public
            https://[0:0:0:0:0:ffff:a9fe:a9fe]/in       | non-public
            https://[::127.0.0.1]/in                    | non-public
            https://[fc00::1]/in                        | non-public
            https://[fd12:3456::1]/in                   | non-public
            https://[fe80::1]/in                        | non-public
            https://[fec0::1]/in                        | non-public
            https://[ff02::1]/in                        | non-public
            https://[64:ff9b::a00:1]/in                 | non-public
            https://[2002:c0a8:101::1]/in               | non-public
            https://[2001:db8::1]/in                    | non-public
            https://[2001::1]/in                        | non-public
            https://localhost/in                        | non-public
            https://LOCALHOST:8443/in                   | non-public
            https://metadata.example.com/in             | non-public
            https://half-private.example.com/in         | non-public
            https://mapped.example.com/in               | non-public
            https://nowhere.invalid/in                  | does not resolve
            """)
    void hostileUrlsAreRefused(String url, String reason) {
        assertThat(STRICT.resolve(url, NAMES)).isInstanceOfSatisfying(Resolution.Refused.class,
                refused -> assertThat(refused.reason()).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/in", "https://HOOKS.example.com:8443/in?tenant=7",
            "https://93.184.215.14/in", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/in",
            "https://[::ffff:93.184.215.14]/in", "https://[64:ff9b::5db8:d70e]/in", "https://[2002:5db8:d70e::1]/in"})
    void publicUrlsAreReachableAtEveryAddressTheyName(String url) {
        assertThat(STRICT.resolve(url, NAMES)).isInstanceOfSatisfying(Resolution.Reachable.class,
                reachable -> assertThat(reachable.addresses()).isNotEmpty().allMatch(WebhookAddresses::isPublic));
    }

    @Test
    void aNameIsResolvedAndEveryAddressIsKept() {
        Resolution resolution = STRICT.resolve("https://hooks.example.com/in", NAMES);

        assertThat(resolution).isInstanceOfSatisfying(Resolution.Reachable.class, reachable -> {
            assertThat(reachable.host()).isEqualTo("hooks.example.com");
            assertThat(reachable.port()).isEqualTo(443);
            assertThat(reachable.addresses()).hasSize(2);
            assertThat(reachable.literal()).isFalse();
        });
    }

    @Test
    void anIpLiteralIsNeverLookedUp() {
        HostNames noDns = host -> {
            throw new AssertionError("looked up " + host);
        };

        assertThat(STRICT.resolve("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:8443/in", noDns))
                .isInstanceOfSatisfying(Resolution.Reachable.class, reachable -> {
                    assertThat(reachable.host()).isEqualTo("2606:2800:21f:cb07:6820:80da:af6b:8b2c");
                    assertThat(reachable.port()).isEqualTo(8443);
                    assertThat(reachable.literal()).isTrue();
                });
        assertThat(STRICT.resolve("https://0177.0.0.1/in", noDns)).isInstanceOf(Resolution.Refused.class);
    }

    @Test
    void developmentSettingsLiftTheSchemeAndAddressRulesButNotTheNotationRules() {
        WebhookAddresses open = new WebhookAddresses(true, true);

        assertThat(open.resolve("http://127.0.0.1:9000/in", NAMES)).isInstanceOfSatisfying(Resolution.Reachable.class,
                reachable -> assertThat(reachable.port()).isEqualTo(9000));
        assertThat(open.resolve("http://localhost/in", NAMES)).isInstanceOf(Resolution.Reachable.class);
        assertThat(open.problem("http://2130706433/in")).hasValueSatisfying(reason -> assertThat(reason).contains("decimal"));
        assertThat(open.problem("ftp://127.0.0.1/in")).contains("must use https or http");
        assertThat(new WebhookAddresses(true, false).resolve("http://127.0.0.1/in", NAMES))
                .isInstanceOf(Resolution.Refused.class);
        assertThat(new WebhookAddresses(false, true).problem("http://127.0.0.1/in")).contains("must use https");
    }

    @Test
    void overlongAndMissingUrlsAreRefused() {
        assertThat(STRICT.problem(null)).contains("is required");
        assertThat(STRICT.problem(" ")).contains("is required");
        assertThat(STRICT.problem("https://hooks.example.com/" + "a".repeat(2048))).contains("must be at most 2048 characters");
    }

    @ParameterizedTest(name = "{0} public: {1}")
    @CsvSource(textBlock = """
            8.8.8.8, true
            93.184.215.14, true
            100.63.255.255, true
            100.128.0.0, true
            172.15.255.255, true
            172.32.0.0, true
            223.255.255.255, true
            9.255.255.255, true
            11.0.0.0, true
            2606:4700:4700::1111, true
            2a00:1450:4001::200e, true
            10.0.0.0, false
            100.127.255.255, false
            127.255.255.255, false
            169.254.0.1, false
            192.0.0.8, false
            192.88.99.1, false
            198.19.255.255, false
            198.51.100.7, false
            203.0.113.9, false
            239.255.255.250, false
            240.0.0.1, false
            ::, false
            ::1, false
            64:ff9b:1::1, false
            100::1, false
            3fff::1, false
            5f00::1, false
            """)
    void addressesArePublicOnlyWhenGloballyRoutable(String address, boolean expected) {
        assertThat(WebhookAddresses.isPublic(address(address))).isEqualTo(expected);
    }

    @Test
    void anIpv4MappedAddressBuiltAsIpv6IsCheckedByItsIpv4Part() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;

        assertThat(WebhookAddresses.isPublic(java.net.Inet6Address.getByAddress(null, mapped, -1))).isFalse();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
