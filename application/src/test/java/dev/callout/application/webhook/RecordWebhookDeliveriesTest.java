package dev.callout.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordWebhookDeliveriesTest {

    private final WebhookWorld world = new WebhookWorld();

    private JobEvent.JobPosted posted() {
        return new JobEvent.JobPosted(new JobId("job_1"), new UserId("usr_c"), "plumber",
                new Place(new GeoPoint(14.5547, 121.0244), "Ayala Ave"), Urgency.IMMEDIATE, null, world.clock.instant());
    }

    @Test
    void onlyPublicEventTypesAreHandled() {
        assertThat(world.handler.handles("job.posted")).isTrue();
        assertThat(world.handler.handles("payment.updated")).isTrue();
        assertThat(world.handler.handles("session.revoked")).isFalse();
        assertThat(world.handler.handles("notification.created")).isFalse();
        assertThat(world.handler.handles("job.offered")).isFalse();
        assertThat(world.handler.handles(WebhookEvents.TEST)).isFalse();
    }

    @Test
    void anEventBecomesOneDeliveryPerEndpointThatWantsItWithTheSocketsFieldsAsData() {
        WebhookEndpoint jobs = world.register("https://hooks.example.com/jobs", "job.posted");
        WebhookEndpoint everything = world.register("https://hooks.example.com/all", "*");
        WebhookEndpoint payments = world.register("https://hooks.example.com/payments", "payment.updated");
        world.clock.advance(Duration.ofSeconds(1));
        JobEvent.JobPosted event = posted();

        world.handler.handle(event);

        Map<String, Object> fields = world.codecs.encode(event);
        String eventId = WebhookPayload.eventId("job.posted", fields);
        String body = WebhookPayload.body(eventId, "job.posted", event.occurredAt(), fields);
        assertThat(world.only(jobs)).satisfies(delivery -> {
            assertThat(delivery.eventId()).isEqualTo(eventId);
            assertThat(delivery.eventType()).isEqualTo("job.posted");
            assertThat(delivery.body()).isEqualTo(body).contains("\"job_id\":\"job_1\"").contains("\"category\":\"plumber\"");
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
            assertThat(delivery.nextAttemptAt()).isEqualTo(world.clock.instant());
        });
        assertThat(world.only(everything).eventId()).isEqualTo(eventId);
        assertThat(world.deliveries(payments)).isEmpty();
    }

    @Test
    void aRedeliveredEventAddsNothing() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/all", "*");
        world.clock.advance(Duration.ofSeconds(1));
        JobEvent.JobStatusChanged changed = new JobEvent.JobStatusChanged(new JobId("job_1"), new UserId("usr_c"),
                new UserId("usr_p"), JobStatus.IN_PROGRESS, JobStatus.COMPLETED, Role.PROVIDER, null, world.clock.instant());

        world.handler.handle(changed);
        world.clock.advance(Duration.ofMinutes(5));
        world.handler.handle(world.codecs.decode(changed.type(), world.codecs.encode(changed)));

        assertThat(world.deliveries(endpoint)).hasSize(1);
    }

    @Test
    void anEndpointRegisteredAfterTheEventDoesNotGetIt() {
        JobEvent.JobPosted event = posted();
        world.clock.advance(Duration.ofSeconds(1));
        WebhookEndpoint late = world.register("https://hooks.example.com/all", "*");

        world.handler.handle(event);

        assertThat(world.deliveries(late)).isEmpty();
    }
}
