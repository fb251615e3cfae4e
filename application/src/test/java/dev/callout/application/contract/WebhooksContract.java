package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.port.Webhooks;
import dev.callout.application.port.Webhooks.Claim;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.application.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Webhooks} store must do: endpoints, idempotent recording, leased claims, guarded reports. */
public abstract class WebhooksContract {

    protected static final Duration LEASE = Duration.ofSeconds(40);

    protected abstract Webhooks webhooks();

    /** Empties the store before each test; fresh stores need not override it. */
    protected void empty() {
    }

    @BeforeEach
    void startEmpty() {
        empty();
    }

    protected static WebhookEndpoint endpoint(Instant createdAt, String... events) {
        String id = "whk_" + ContractFixtures.unique();
        return new WebhookEndpoint(id, "https://hooks.example.com/" + id, Set.of(events), "orders for " + id,
                "whsec_" + ContractFixtures.unique(), createdAt);
    }

    protected static WebhookDelivery delivery(WebhookEndpoint endpoint, String eventId, Instant due) {
        return WebhookDelivery.pending("whd_" + ContractFixtures.unique(), endpoint.id(), eventId, "job.posted",
                "{\"id\":\"" + eventId + "\",\"note\":\"é\"}", due);
    }

    protected WebhookEndpoint added(String... events) {
        WebhookEndpoint endpoint = endpoint(at(0), events);
        webhooks().add(endpoint);
        return endpoint;
    }

    @Test
    void endpointsAreKeptWholeAndListedNewestFirstInPages() {
        WebhookEndpoint first = endpoint(at(0), "job.posted", "payment.updated");
        WebhookEndpoint second = endpoint(at(10), "*");
        WebhookEndpoint third = new WebhookEndpoint("whk_" + ContractFixtures.unique(), "https://[2606:4700::1]:8443/in?x=1",
                Set.of("dispute.updated"), null, "whsec_" + ContractFixtures.unique(), at(20));
        webhooks().add(first);
        webhooks().add(second);
        webhooks().add(third);

        assertThat(webhooks().endpoint(first.id())).contains(first);
        assertThat(webhooks().endpoint(third.id())).contains(third);
        assertThat(webhooks().endpoint("whk_missing")).isEmpty();
        var page1 = webhooks().endpoints(new PageRequest(1, 2));
        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page1.total()).isEqualTo(3);
        assertThat(webhooks().endpoints(new PageRequest(2, 2)).items()).containsExactly(first);
    }

    @Test
    void endpointsAreFoundByTheTypesTheyNameOrByTheWildcard() {
        WebhookEndpoint jobs = added("job.posted", "job.accepted");
        WebhookEndpoint everything = added("*");
        WebhookEndpoint payments = added("payment.updated");

        assertThat(webhooks().subscribedTo("job.posted")).containsExactlyInAnyOrder(jobs, everything);
        assertThat(webhooks().subscribedTo("payment.updated")).containsExactlyInAnyOrder(payments, everything);
        assertThat(webhooks().subscribedTo("dispute.updated")).containsExactly(everything);
    }

    @Test
    void aDeliveryIsRecordedOncePerEventAndEndpoint() {
        WebhookEndpoint one = added("*");
        WebhookEndpoint other = added("*");

        assertThat(webhooks().record(List.of(delivery(one, "evt_a", at(1)), delivery(other, "evt_a", at(1))))).isEqualTo(2);
        assertThat(webhooks().record(List.of(delivery(one, "evt_a", at(2))))).isZero();
        assertThat(webhooks().record(List.of(delivery(one, "evt_b", at(2)), delivery(other, "evt_a", at(3))))).isEqualTo(1);
        assertThat(webhooks().record(List.of(delivery(endpoint(at(0), "*"), "evt_c", at(3))))).isZero();

        assertThat(webhooks().deliveries(one.id(), new PageRequest(1, 10)).items())
                .extracting(WebhookDelivery::eventId).containsExactly("evt_b", "evt_a");
        assertThat(webhooks().deliveries(other.id(), new PageRequest(1, 10)).total()).isEqualTo(1);
    }

    @Test
    void aClaimLeasesDueDeliveriesOldestFirstUntilTheLeaseLapses() {
        WebhookEndpoint endpoint = added("*");
        WebhookDelivery later = delivery(endpoint, "evt_later", at(20));
        WebhookDelivery first = delivery(endpoint, "evt_first", at(5));
        WebhookDelivery notYet = delivery(endpoint, "evt_not_yet", at(100));
        webhooks().record(List.of(later, first, notYet));

        List<Claim> claims = webhooks().claim(at(30), 10, 10, Map.of(), LEASE);

        assertThat(claims).extracting(claim -> claim.delivery().id()).containsExactly(first.id(), later.id());
        assertThat(claims.getFirst().delivery()).isEqualTo(first);
        assertThat(claims.getFirst().endpoint()).isEqualTo(endpoint);
        assertThat(claims.getFirst().leasedUntil()).isEqualTo(at(30).plus(LEASE));
        assertThat(webhooks().claim(at(31), 10, 10, Map.of(), LEASE)).isEmpty();
        assertThat(webhooks().claim(at(30).plus(LEASE), 10, 10, Map.of(), LEASE))
                .extracting(claim -> claim.delivery().id()).containsExactly(first.id(), later.id());
    }

    @Test
    void aClaimTakesAtMostItsMaximumAndEachEndpointsShareLessWhatIsInFlight() {
        WebhookEndpoint busy = added("*");
        WebhookEndpoint quiet = added("*");
        for (int i = 0; i < 5; i++) {
            webhooks().record(List.of(delivery(busy, "evt_busy_" + i, at(i)), delivery(quiet, "evt_quiet_" + i, at(10 + i))));
        }

        List<Claim> claims = webhooks().claim(at(60), 10, 3, Map.of(busy.id(), 2), LEASE);

        assertThat(claims).extracting(claim -> claim.delivery().eventId())
                .containsExactly("evt_busy_0", "evt_quiet_0", "evt_quiet_1", "evt_quiet_2");
        assertThat(webhooks().claim(at(60), 2, 3, Map.of(busy.id(), 3, quiet.id(), 0), LEASE))
                .extracting(claim -> claim.delivery().eventId()).containsExactly("evt_quiet_3", "evt_quiet_4");
        assertThat(webhooks().claim(at(60), 10, 3, Map.of(), LEASE))
                .extracting(claim -> claim.delivery().eventId()).containsExactly("evt_busy_1", "evt_busy_2", "evt_busy_3");
    }

    @Test
    void aReportCountsOnlyWhileItsLeaseHolds() {
        WebhookEndpoint endpoint = added("*");
        WebhookDelivery delivery = delivery(endpoint, "evt_a", at(0));
        webhooks().record(List.of(delivery));
        Claim lapsed = webhooks().claim(at(1), 1, 1, Map.of(), LEASE).getFirst();
        Claim current = webhooks().claim(at(1).plus(LEASE), 1, 1, Map.of(), LEASE).getFirst();

        assertThat(webhooks().report(lapsed, delivery.delivered(200, at(50)))).isFalse();
        assertThat(only(endpoint)).isEqualTo(delivery);

        WebhookDelivery retried = delivery.retryAt(at(500), 503, "answered 503", at(60));
        assertThat(webhooks().report(current, retried)).isTrue();
        assertThat(only(endpoint)).isEqualTo(retried);
        assertThat(webhooks().report(current, retried.delivered(200, at(70)))).isFalse();
        assertThat(webhooks().claim(at(499), 1, 1, Map.of(), LEASE)).isEmpty();

        Claim again = webhooks().claim(at(500), 1, 1, Map.of(), LEASE).getFirst();
        assertThat(again.delivery()).isEqualTo(retried);
        WebhookDelivery delivered = retried.delivered(204, at(501));
        assertThat(webhooks().report(again, delivered)).isTrue();
        assertThat(only(endpoint)).satisfies(stored -> {
            assertThat(stored).isEqualTo(delivered);
            assertThat(stored.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(stored.attempts()).isEqualTo(2);
            assertThat(stored.lastResponseCode()).isEqualTo(204);
            assertThat(stored.nextAttemptAt()).isNull();
        });
        assertThat(webhooks().claim(at(10_000), 1, 1, Map.of(), LEASE)).isEmpty();
    }

    @Test
    void failedDeliveriesKeepTheirLastErrorAndAreNeverClaimed() {
        WebhookEndpoint endpoint = added("*");
        WebhookDelivery delivery = delivery(endpoint, "evt_a", at(0));
        webhooks().record(List.of(delivery));
        Claim claim = webhooks().claim(at(1), 1, 1, Map.of(), LEASE).getFirst();
        WebhookDelivery failed = delivery.failed(null, "timed out", at(2));

        assertThat(webhooks().report(claim, failed)).isTrue();

        assertThat(only(endpoint)).isEqualTo(failed);
        assertThat(webhooks().claim(at(10_000), 1, 1, Map.of(), LEASE)).isEmpty();
    }

    @Test
    void deletingAnEndpointTakesItsDeliveriesWithItAndOnlyThose() {
        WebhookEndpoint gone = added("*");
        WebhookEndpoint kept = added("*");
        webhooks().record(List.of(delivery(gone, "evt_a", at(0)), delivery(kept, "evt_a", at(0))));
        Claim inFlight = webhooks().claim(at(1), 10, 1, Map.of(kept.id(), 1), LEASE).getFirst();

        assertThat(webhooks().delete(gone.id())).isTrue();
        assertThat(webhooks().delete(gone.id())).isFalse();

        assertThat(webhooks().endpoint(gone.id())).isEmpty();
        assertThat(webhooks().deliveries(gone.id(), new PageRequest(1, 10)).total()).isZero();
        assertThat(webhooks().report(inFlight, inFlight.delivery().delivered(200, at(2)))).isFalse();
        assertThat(webhooks().claim(at(2), 10, 10, Map.of(), LEASE)).extracting(claim -> claim.endpoint().id())
                .containsExactly(kept.id());
    }

    @Test
    void deliveriesAreListedNewestFirstInPages() {
        WebhookEndpoint endpoint = added("*");
        webhooks().record(List.of(delivery(endpoint, "evt_1", at(1)), delivery(endpoint, "evt_2", at(2)),
                delivery(endpoint, "evt_3", at(3))));

        var page1 = webhooks().deliveries(endpoint.id(), new PageRequest(1, 2));
        assertThat(page1.items()).extracting(WebhookDelivery::eventId).containsExactly("evt_3", "evt_2");
        assertThat(page1.total()).isEqualTo(3);
        assertThat(webhooks().deliveries(endpoint.id(), new PageRequest(2, 2)).items())
                .extracting(WebhookDelivery::eventId).containsExactly("evt_1");
    }

    private WebhookDelivery only(WebhookEndpoint endpoint) {
        List<WebhookDelivery> items = webhooks().deliveries(endpoint.id(), new PageRequest(1, 10)).items();
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
