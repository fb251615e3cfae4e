package dev.callout.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.PageRequest;
import dev.callout.application.webhook.WebhooksUseCase.RegisterCommand;
import dev.callout.application.webhook.WebhooksUseCase.Result;
import dev.callout.domain.user.AuditEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {

    private final WebhookWorld world = new WebhookWorld();
    private final WebhookService service = world.service;

    private static <T> T done(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Done.class);
        return ((Result.Done<T>) result).value();
    }

    private InvalidCommandException refusal(String url, List<String> events, String description) {
        return catchThrowableOfType(InvalidCommandException.class,
                () -> service.register(new RegisterCommand(WebhookWorld.ADMIN, url, events, description)));
    }

    @Test
    void anAdminRegistersAnEndpointAndGetsItsSecretAndTheActIsAudited() {
        WebhookEndpoint endpoint = done(service.register(new RegisterCommand(WebhookWorld.ADMIN, "https://hooks.example.com/in",
                List.of("job.posted", "payment.updated", "job.posted"), "  Order sync  ")));

        assertThat(endpoint.id()).startsWith("whk_");
        assertThat(endpoint.secret()).startsWith("whsec_");
        assertThat(endpoint.events()).containsExactlyInAnyOrder("job.posted", "payment.updated");
        assertThat(endpoint.description()).isEqualTo("Order sync");
        assertThat(world.webhooks.endpoint(endpoint.id())).contains(endpoint);
        assertThat(world.audit.list(new PageRequest(1, 10)).items()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("webhook.created");
            assertThat(entry.actorId()).isEqualTo(WebhookWorld.ADMIN.id());
            assertThat(entry.targetId()).isEqualTo(endpoint.id());
            assertThat(entry.note()).isEqualTo("https://hooks.example.com/in");
        });
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        assertThat(refusal("http://hooks.example.com/in", List.of("*"), null).fields())
                .containsEntry("url", "must use https");
        assertThat(refusal("https://intranet.example.com/in", List.of("*"), null).fields())
                .hasEntrySatisfying("url", reason -> assertThat(reason).contains("non-public"));
        assertThat(refusal("https://nowhere.example.com/in", List.of("*"), null).fields())
                .containsEntry("url", "host does not resolve");
        assertThat(refusal(null, List.of(), null).fields()).containsOnlyKeys("url", "events");
        assertThat(refusal("https://hooks.example.com/in", List.of("job.posted", "session.revoked"), null).fields())
                .hasEntrySatisfying("events", reason -> assertThat(reason).contains("'session.revoked'").contains("job.posted"));
        assertThat(refusal("https://hooks.example.com/in", Arrays.asList("job.teleported", null), null).fields())
                .hasEntrySatisfying("events", reason -> assertThat(reason).contains("'job.teleported'"));
        assertThat(refusal("https://hooks.example.com/in", List.of("*", "job.posted"), null).fields())
                .hasEntrySatisfying("events", reason -> assertThat(reason).contains("stands alone"));
        assertThat(refusal("https://hooks.example.com/in", List.of("*"), "x".repeat(501)).fields())
                .containsOnlyKeys("description");

        assertThat(world.webhooks.endpoints(new PageRequest(1, 10)).total()).isZero();
        assertThat(world.audit.list(new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void nobodyButAnAdminMayDoAnything() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "*");

        assertThat(service.register(new RegisterCommand(WebhookWorld.CUSTOMER, "https://hooks.example.com/in", List.of("*"),
                null))).isInstanceOf(Result.Forbidden.class);
        assertThat(service.list(WebhookWorld.CUSTOMER, new PageRequest(1, 10))).isInstanceOf(Result.Forbidden.class);
        assertThat(service.delete(WebhookWorld.CUSTOMER, endpoint.id())).isInstanceOf(Result.Forbidden.class);
        assertThat(service.test(WebhookWorld.CUSTOMER, endpoint.id())).isInstanceOf(Result.Forbidden.class);
        assertThat(service.deliveries(WebhookWorld.CUSTOMER, endpoint.id(), new PageRequest(1, 10)))
                .isInstanceOf(Result.Forbidden.class);
        assertThat(world.webhooks.endpoint(endpoint.id())).isPresent();
        assertThat(world.deliveries(endpoint)).isEmpty();
    }

    @Test
    void aTestEventGoesThroughTheDeliveryPathToThatEndpointOnly() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "job.posted");
        WebhookEndpoint other = world.register("https://hooks.example.com/other", "*");

        WebhookDelivery queued = done(service.test(WebhookWorld.ADMIN, endpoint.id()));
        world.worker.startDue();

        assertThat(queued.eventType()).isEqualTo(WebhookEvents.TEST);
        assertThat(queued.body()).contains("\"type\":\"webhook.test\"").contains("\"webhook_id\":\"" + endpoint.id() + "\"");
        assertThat(world.transport.requests()).singleElement().satisfies(request -> {
            assertThat(request.url()).isEqualTo(endpoint.url());
            assertThat(request.headers()).containsEntry("Callout-Event-Id", queued.eventId());
        });
        assertThat(world.only(endpoint).status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(world.deliveries(other)).isEmpty();
        assertThat(done(service.test(WebhookWorld.ADMIN, endpoint.id())).eventId()).isNotEqualTo(queued.eventId());
        assertThat(world.audit.list(new PageRequest(1, 10)).items()).extracting(AuditEntry::action).contains("webhook.tested");
    }

    @Test
    void deletingRemovesTheEndpointAndItsDeliveriesAndIsAudited() {
        WebhookEndpoint endpoint = world.register("https://hooks.example.com/in", "*");
        done(service.test(WebhookWorld.ADMIN, endpoint.id()));

        assertThat(done(service.delete(WebhookWorld.ADMIN, endpoint.id()))).isEqualTo(endpoint);

        assertThat(world.webhooks.endpoint(endpoint.id())).isEmpty();
        assertThat(world.worker.startDue()).isZero();
        assertThat(service.delete(WebhookWorld.ADMIN, endpoint.id())).isInstanceOf(Result.NotFound.class);
        assertThat(service.deliveries(WebhookWorld.ADMIN, endpoint.id(), new PageRequest(1, 10)))
                .isInstanceOf(Result.NotFound.class);
        assertThat(world.audit.list(new PageRequest(1, 1)).items().getFirst().action()).isEqualTo("webhook.deleted");
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        for (String id : List.of("whk_missing", "usr_1", "", "whk_")) {
            assertThat(service.delete(WebhookWorld.ADMIN, id)).isInstanceOf(Result.NotFound.class);
            assertThat(service.test(WebhookWorld.ADMIN, id)).isInstanceOf(Result.NotFound.class);
            assertThat(service.deliveries(WebhookWorld.ADMIN, id, new PageRequest(1, 10))).isInstanceOf(Result.NotFound.class);
        }
    }

    @Test
    void endpointsAndDeliveriesAreListedForAdmins() {
        WebhookEndpoint first = world.register("https://hooks.example.com/1", "*");
        world.clock.advance(java.time.Duration.ofSeconds(1));
        WebhookEndpoint second = world.register("https://hooks.example.com/2", "*");
        done(service.test(WebhookWorld.ADMIN, second.id()));

        assertThat(done(service.list(WebhookWorld.ADMIN, new PageRequest(1, 10))).items()).containsExactly(second, first);
        assertThat(done(service.deliveries(WebhookWorld.ADMIN, second.id(), new PageRequest(1, 10))).items())
                .extracting(WebhookDelivery::eventType).containsExactly(WebhookEvents.TEST);
        assertThat(Set.copyOf(WebhookEvents.PUBLIC)).doesNotContainAnyElementsOf(WebhookEvents.INTERNAL);
        assertThatThrownBy(() -> service.list(WebhookWorld.ADMIN, new PageRequest(0, 10)))
                .isInstanceOf(InvalidCommandException.class);
    }
}
