package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.inmemory.RecordingWebhookTransport;
import dev.callout.application.port.WebhookTransport.Outcome;
import dev.callout.application.webhook.DeliverWebhooks;
import dev.callout.application.webhook.WebhookAddresses;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.application.webhook.WebhookDelivery.Status;
import dev.callout.application.webhook.WebhookEndpoint;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The delivery worker over the PostgreSQL store, with a recording transport and a clock the test moves. */
class PostgresWebhookDeliveryTest {

    private static final DeliverWebhooks.Settings SETTINGS = new DeliverWebhooks.Settings(4, 2, Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofDays(3));

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T00:00:00.000001Z"));
    private final RecordingWebhookTransport transport = new RecordingWebhookTransport(new WebhookAddresses(false, false),
            host -> List.of(InetAddress.getByName("93.184.215.14")));

    private PostgresWebhooks webhooks() {
        return database.bean(PostgresWebhooks.class);
    }

    private WebhookEndpoint endpointWithDelivery(String eventId) {
        WebhookEndpoint endpoint = new WebhookEndpoint("whk_" + eventId, "https://hooks.example.com/" + eventId, Set.of("*"),
                null, "whsec_" + eventId, clock.instant());
        webhooks().add(endpoint);
        webhooks().record(List.of(WebhookDelivery.pending("whd_" + eventId, endpoint.id(), eventId, "job.posted",
                "{\"id\":\"" + eventId + "\"}", clock.instant())));
        return endpoint;
    }

    private WebhookDelivery stored(WebhookEndpoint endpoint) {
        return webhooks().deliveries(endpoint.id(), new PageRequest(1, 1)).items().getFirst();
    }

    @Test
    void aDeliveryIsRetriedForThreeDaysThenFailed() {
        WebhookEndpoint endpoint = endpointWithDelivery("evt_expiring");
        transport.answer(request -> new Outcome.Answered(500));
        DeliverWebhooks worker = new DeliverWebhooks(webhooks(), transport, Runnable::run, clock, SETTINGS, () -> { });
        Instant deadline = clock.instant().plus(Duration.ofDays(3));

        int attempts = 0;
        while (stored(endpoint).status() == Status.PENDING) {
            Instant next = stored(endpoint).nextAttemptAt();
            assertThat(next).isBeforeOrEqualTo(deadline);
            clock.advance(Duration.between(clock.instant(), next));
            assertThat(worker.startDue()).isEqualTo(1);
            attempts++;
        }

        WebhookDelivery failed = stored(endpoint);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(attempts).isEqualTo(transport.requests().size());
        assertThat(failed.lastAttemptAt()).isEqualTo(deadline);
        assertThat(failed.lastResponseCode()).isEqualTo(500);
        assertThat(database.number("SELECT count(*) FROM webhook_deliveries WHERE id = ? AND leased_until IS NULL "
                + "AND next_attempt_at IS NULL", failed.id())).isEqualTo(1);
    }

    @Test
    void aWorkerThatDiesMidDeliveryLosesNothingAndItsLateReportIsIgnored() {
        WebhookEndpoint endpoint = endpointWithDelivery("evt_orphaned");
        List<Runnable> neverRun = new ArrayList<>();
        DeliverWebhooks dying = new DeliverWebhooks(webhooks(), transport, neverRun::add, clock, SETTINGS, () -> { });
        DeliverWebhooks survivor = new DeliverWebhooks(webhooks(), transport, Runnable::run, clock, SETTINGS, () -> { });

        assertThat(dying.startDue()).isEqualTo(1);
        assertThat(survivor.startDue()).isZero();
        clock.advance(SETTINGS.lease());
        assertThat(survivor.startDue()).isEqualTo(1);
        assertThat(stored(endpoint).status()).isEqualTo(Status.DELIVERED);

        transport.answer(request -> new Outcome.Answered(500));
        neverRun.getFirst().run(); // the first worker comes back from the dead and reports
        assertThat(stored(endpoint).status()).isEqualTo(Status.DELIVERED);
        assertThat(stored(endpoint).attempts()).isEqualTo(1);
    }
}
