package dev.callout.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.inmemory.RecordingWebhookTransport.Request;
import dev.callout.application.port.WebhookTransport.Outcome;
import dev.callout.application.port.Webhooks.Claim;
import dev.callout.application.webhook.WebhookDelivery.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliverWebhooksTest {

    private final WebhookWorld world = new WebhookWorld();

    private WebhookDelivery queue(WebhookEndpoint endpoint, String eventId) {
        WebhookDelivery delivery = WebhookDelivery.pending(world.ids.next(WebhookDelivery.PREFIX), endpoint.id(), eventId,
                "job.posted", WebhookPayload.body(eventId, "job.posted", world.clock.instant(), Map.of("job_id", "job_1")),
                world.clock.instant());
        world.webhooks.record(List.of(delivery));
        return delivery;
    }

    @Test
    void aDeliveryIsPostedSignedWithItsEndpointsSecretAndIsDoneOnA2xx() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "*");
        WebhookDelivery queued = queue(endpoint, "evt_1");
        world.transport.answer(request -> new Outcome.Answered(204));

        assertThat(world.worker.startDue()).isEqualTo(1);

        Request request = world.transport.requests().getFirst();
        assertThat(request.url()).isEqualTo("https://hooks.example.com/in");
        assertThat(request.text()).isEqualTo(queued.body());
        assertThat(request.headers()).containsEntry("Callout-Event-Id", "evt_1");
        long t = world.clock.instant().getEpochSecond();
        assertThat(request.headers().get("Callout-Signature"))
                .isEqualTo("t=" + t + ",v1=" + WebhookSignature.hmac(endpoint.secret(), t, queued.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(world.only(endpoint)).satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(Status.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastResponseCode()).isEqualTo(204);
            assertThat(delivery.lastAttemptAt()).isEqualTo(world.clock.instant());
        });
        assertThat(world.worker.startDue()).isZero();
    }

    @Test
    void anythingButA2xxIsTriedAgainAfterADoublingDelay() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "*");
        queue(endpoint, "evt_1");
        List<Outcome> answers = new ArrayList<>(List.of(new Outcome.Answered(500), new Outcome.Answered(301),
                new Outcome.Failed("timed out"), new Outcome.Answered(200)));
        world.transport.answer(request -> answers.removeFirst());

        world.worker.startDue();
        WebhookDelivery first = world.only(endpoint);
        assertThat(first.status()).isEqualTo(Status.PENDING);
        assertThat(first.lastResponseCode()).isEqualTo(500);
        assertThat(first.lastError()).isEqualTo("answered 500");
        assertThat(first.nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(30));

        world.clock.advance(Duration.ofSeconds(29));
        assertThat(world.worker.startDue()).isZero();
        world.clock.advance(Duration.ofSeconds(1));
        world.worker.startDue();
        assertThat(world.only(endpoint).lastResponseCode()).isEqualTo(301);
        assertThat(world.only(endpoint).nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(60));

        world.clock.advance(Duration.ofSeconds(60));
        world.worker.startDue();
        assertThat(world.only(endpoint).lastResponseCode()).isNull();
        assertThat(world.only(endpoint).lastError()).isEqualTo("timed out");
        assertThat(world.only(endpoint).nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(120));

        world.clock.advance(Duration.ofSeconds(120));
        world.worker.startDue();
        assertThat(world.only(endpoint).status()).isEqualTo(Status.DELIVERED);
        assertThat(world.only(endpoint).attempts()).isEqualTo(4);
        assertThat(world.transport.requests()).extracting(request -> request.headers().get("Callout-Event-Id"))
                .containsOnly("evt_1").hasSize(4);
    }

    @Test
    void retriesGoOnAtMostTheMaximumApartUntilThreeDaysThenTheDeliveryFails() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "*");
        WebhookDelivery queued = queue(endpoint, "evt_1");
        world.transport.answer(request -> new Outcome.Answered(503));
        Instant deadline = queued.createdAt().plus(Duration.ofDays(3));
        List<Instant> attempts = new ArrayList<>();

        while (world.only(endpoint).status() == Status.PENDING) {
            WebhookDelivery pending = world.only(endpoint);
            assertThat(pending.nextAttemptAt()).isBeforeOrEqualTo(deadline);
            world.clock.advance(Duration.between(world.clock.instant(), pending.nextAttemptAt()));
            assertThat(world.worker.startDue()).isEqualTo(1);
            attempts.add(world.clock.instant());
        }

        WebhookDelivery failed = world.only(endpoint);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.lastAttemptAt()).isEqualTo(deadline);
        assertThat(failed.attempts()).isEqualTo(attempts.size());
        assertThat(failed.lastResponseCode()).isEqualTo(503);
        assertThat(failed.nextAttemptAt()).isNull();
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i - 1), attempts.get(i))).isLessThanOrEqualTo(Duration.ofHours(1));
        }
        world.clock.advance(Duration.ofDays(1));
        assertThat(world.worker.startDue()).isZero();
    }

    @Test
    void oneFailingEndpointNeverStopsTheOthers() {
        WebhookEndpoint broken = world.register("https://other.example.com/in", "*");
        WebhookEndpoint healthy = world.register("https://hooks.example.com/in", "*");
        // registered before the name moved to a private address, so only the call itself can catch it
        WebhookEndpoint refused = new WebhookEndpoint("whk_moved", "https://intranet.example.com/in", java.util.Set.of("*"),
                null, "whsec_moved", world.clock.instant());
        world.webhooks.add(refused);
        queue(broken, "evt_1");
        queue(healthy, "evt_1");
        queue(refused, "evt_1");
        world.transport.answer(request -> {
            if (request.url().contains("other.example.com")) {
                throw new IllegalStateException("a bug in a transport");
            }
            return new Outcome.Answered(200);
        });

        assertThat(world.worker.startDue()).isEqualTo(3);

        assertThat(world.only(healthy).status()).isEqualTo(Status.DELIVERED);
        assertThat(world.only(broken)).satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(Status.PENDING);
            assertThat(delivery.lastError()).isEqualTo("internal error");
        });
        assertThat(world.only(refused)).satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(Status.PENDING);
            assertThat(delivery.lastError()).startsWith("refused: ").contains("non-public");
        });
        assertThat(world.worker.running()).isZero();
    }

    @Test
    void attemptsAreBoundedPerEndpointAndOverall() {
        WebhookEndpoint slow = world.register("https://other.example.com/in", "*");
        WebhookEndpoint fast = world.register("https://hooks.example.com/in", "*");
        WebhookEndpoint third = world.register("https://hooks.example.com/third", "*");
        for (int i = 0; i < 5; i++) {
            queue(slow, "evt_slow_" + i);
            queue(fast, "evt_fast_" + i);
            queue(third, "evt_third_" + i);
        }
        world.holdAttempts();

        assertThat(world.worker.startDue()).isEqualTo(4);
        assertThat(world.worker.startDue()).isZero();
        assertThat(world.heldCount()).isEqualTo(4);

        world.runHeld(1);
        assertThat(world.worker.startDue()).isEqualTo(1);
        assertThat(world.worker.running()).isEqualTo(4);
        world.runHeld(4);
        assertThat(world.worker.running()).isZero();
        long delivered = world.deliveries(slow).stream().filter(delivery -> delivery.status() == Status.DELIVERED).count()
                + world.deliveries(fast).stream().filter(delivery -> delivery.status() == Status.DELIVERED).count()
                + world.deliveries(third).stream().filter(delivery -> delivery.status() == Status.DELIVERED).count();
        assertThat(delivered).isEqualTo(5);
        for (WebhookEndpoint endpoint : List.of(slow, fast, third)) {
            assertThat(world.deliveries(endpoint).stream().filter(delivery -> delivery.status() == Status.DELIVERED).count())
                    .isLessThanOrEqualTo(WebhookWorld.SETTINGS.perEndpoint());
        }
    }

    @Test
    void aWorkerThatDiesMidDeliveryLosesNothing() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "*");
        queue(endpoint, "evt_1");
        Claim abandoned = world.webhooks.claim(world.clock.instant(), 1, 1, Map.of(),
                WebhookWorld.SETTINGS.lease()).getFirst();

        assertThat(world.worker.startDue()).isZero();
        world.clock.advance(WebhookWorld.SETTINGS.lease());
        assertThat(world.worker.startDue()).isEqualTo(1);

        assertThat(world.only(endpoint).status()).isEqualTo(Status.DELIVERED);
        assertThat(world.webhooks.report(abandoned, abandoned.delivery().retryAt(world.clock.instant(), 500, "late", world.clock.instant())))
                .isFalse();
        assertThat(world.only(endpoint).status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void theBackoffDoublesFromTheFirstRetryUpToTheMaximum() {
        assertThat(world.worker.backoff(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(world.worker.backoff(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(world.worker.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(world.worker.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(world.worker.backoff(500)).isEqualTo(Duration.ofHours(1));
    }
}
