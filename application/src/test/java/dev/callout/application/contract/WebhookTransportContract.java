package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.WebhookTransport.Outcome;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookAddresses.HostNames;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookTransport} must do, against a receiver on a loopback address reached
 * through the name {@code receiver.test}: send what it is given, return the status without
 * following redirects, refuse names that resolve to forbidden addresses at the moment of the
 * call, and end an exchange the receiver does not finish in time.
 */
public abstract class WebhookTransportContract {

    /** Short, yet long enough for a cold JVM on a busy machine to finish an exchange with a healthy receiver. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** The transport under test, with these rules and this name resolution. */
    protected abstract WebhookTransport transport(WebhookAddresses rules, HostNames names);

    protected abstract Receiver receiver();

    /** The other end: where it listens, what it answers, what it got. */
    public interface Receiver {

        InetAddress address();

        int port();

        void answer(int status, Map<String, String> headers);

        /** Never answer (until the test ends). */
        void hang();

        List<Received> received();
    }

    /** A request as the receiver saw it; header names in lower case. */
    public record Received(String pathAndQuery, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private HostNames receiverName() {
        return host -> {
            if (!host.equals("receiver.test")) {
                throw new UnknownHostException(host);
            }
            return List.of(receiver().address());
        };
    }

    private String url(String path) {
        return "http://receiver.test:" + receiver().port() + path;
    }

    @Test
    void itPostsTheBodyAndHeadersAndReturnsTheAnswersStatus() {
        receiver().answer(202, Map.of());
        WebhookTransport transport = transport(new WebhookAddresses(true, true), receiverName());
        byte[] body = "{\"id\":\"evt_1\",\"note\":\"é\"}".getBytes(StandardCharsets.UTF_8);

        Outcome outcome = transport.post(url("/hooks/in?tenant=7"), body,
                Map.of("Callout-Event-Id", "evt_1", "Callout-Signature", "t=1,v1=ab"), TIMEOUT);

        assertThat(outcome).isEqualTo(new Outcome.Answered(202));
        assertThat(receiver().received()).singleElement().satisfies(received -> {
            assertThat(received.pathAndQuery()).isEqualTo("/hooks/in?tenant=7");
            assertThat(received.headers()).containsEntry("callout-event-id", "evt_1")
                    .containsEntry("callout-signature", "t=1,v1=ab");
            assertThat(received.body()).isEqualTo(body);
        });
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() {
        receiver().answer(307, Map.of("Location", url("/elsewhere")));

        Outcome outcome = transport(new WebhookAddresses(true, true), receiverName()).post(url("/in"), new byte[0], Map.of(),
                TIMEOUT);

        assertThat(outcome).isEqualTo(new Outcome.Answered(307));
        assertThat(receiver().received()).extracting(Received::pathAndQuery).containsExactly("/in");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedWithoutConnecting() {
        WebhookTransport transport = transport(new WebhookAddresses(true, false), receiverName());

        assertThat(transport.refusal(url("/in"))).hasValueSatisfying(reason -> assertThat(reason).contains("non-public"));
        assertThat(transport.post(url("/in"), new byte[0], Map.of(), TIMEOUT)).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("non-public"));
        assertThat(receiver().received()).isEmpty();
    }

    @Test
    void aNameThatLaterResolvesElsewhereIsCheckedAgainAtTheCall() throws UnknownHostException {
        InetAddress publicAddress = InetAddress.getByName("93.184.215.14");
        AtomicInteger lookups = new AtomicInteger();
        HostNames rebinding = host -> List.of(lookups.getAndIncrement() == 0 ? publicAddress : receiver().address());
        WebhookTransport transport = transport(new WebhookAddresses(true, false), rebinding);

        assertThat(transport.refusal(url("/in"))).isEmpty();
        assertThat(transport.post(url("/in"), new byte[0], Map.of(), TIMEOUT)).isInstanceOf(Outcome.Refused.class);
        assertThat(receiver().received()).isEmpty();
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailure() {
        receiver().hang();

        Outcome outcome = transport(new WebhookAddresses(true, true), receiverName()).post(url("/in"), new byte[0], Map.of(),
                TIMEOUT);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("timed out"));
    }

    @Test
    void aSchemeTheRulesDoNotAllowIsRefused() {
        WebhookTransport transport = transport(new WebhookAddresses(false, true), receiverName());

        assertThat(transport.post(url("/in"), new byte[0], Map.of(), TIMEOUT)).isEqualTo(new Outcome.Refused("must use https"));
        assertThat(receiver().received()).isEmpty();
    }
}
