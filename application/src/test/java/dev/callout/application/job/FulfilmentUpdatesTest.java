package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ADMIN;
import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.MANILA;
import static dev.callout.application.job.JobWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.catalog.CatalogService;
import dev.callout.application.catalog.CatalogUseCase.NewPackage;
import dev.callout.application.catalog.CatalogUseCase.NewService;
import dev.callout.application.catalog.CatalogUseCase.Result;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.inmemory.InMemoryAuditLog;
import dev.callout.application.inmemory.InMemoryProcessedWebhooks;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.job.FulfilmentUpdatesUseCase.FulfilmentUpdate;
import dev.callout.application.job.FulfilmentUpdatesUseCase.UpdateResult;
import dev.callout.application.job.OrderJobUseCase.OrderCommand;
import dev.callout.application.webhook.WebhookSignature;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FulfilmentUpdatesTest {

    private static final String SECRET = "whsec_fulfilment_test";

    private final JobWorld world = new JobWorld();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryProcessedWebhooks processed = new InMemoryProcessedWebhooks();
    private final FulfilmentUpdatesService updates = new FulfilmentUpdatesService(SECRET, Duration.ofMinutes(5), world.orders,
            world.jobs, users, processed, world.outbox, world.timeline, world.transactions, world.clock);
    private final CatalogService catalog = new CatalogService(world.catalog, world.categories, world.files,
            new InMemoryAuditLog(), world.transactions, world.clock, world.ids);

    private User provider(String id, AccountStatus status) {
        User user = new User(new UserId(id), Role.PROVIDER, "Pia", id + "@example.com", null, "!", Set.of("plumbing"),
                status, world.clock.instant());
        users.add(user);
        return user;
    }

    private Job order() {
        ServiceWithPackages service = ((Result.Done<ServiceWithPackages>) catalog.create(
                new NewService(ADMIN, "Leak check", null, null, "plumbing", null))).value();
        ServicePackage basic = ((Result.Done<ServicePackage>) catalog.addPackage(new NewPackage(ADMIN,
                service.service().id(), "Basic", null, new MoneyInput(new BigDecimal("850"), null), 60, List.of()))).value();
        return ok(world.order.order(new OrderCommand(ALICE, new OrderRequest(basic.id(), Map.of(), null, MANILA, null,
                Urgency.IMMEDIATE, null, false, null, null, List.of())), OnCommit.nothing()));
    }

    private static FulfilmentUpdate update(String eventId, Job order, JobStatus status, UserId provider) {
        return new FulfilmentUpdate(eventId, "order.updated", order.id(), status, provider);
    }

    @Test
    void theSystemTakesTheOrderForANamedProviderThenMovesItAsThatProviderEachEventOnce() {
        Job order = order();
        User pia = provider("usr_pia", AccountStatus.ACTIVE);

        assertThat(updates.apply(update("evt_1", order, JobStatus.ACCEPTED, pia.id()))).isInstanceOf(UpdateResult.Applied.class);
        assertThat(updates.apply(update("evt_2", order, JobStatus.IN_PROGRESS, null))).isInstanceOf(UpdateResult.Applied.class);
        assertThat(updates.apply(update("evt_2", order, JobStatus.IN_PROGRESS, null))).isEqualTo(new UpdateResult.Duplicate());
        assertThat(updates.apply(update("evt_1", order, JobStatus.ACCEPTED, pia.id()))).isEqualTo(new UpdateResult.Duplicate());

        Job stored = world.stored(order.id());
        assertThat(stored.status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(stored.providerId()).isEqualTo(pia.id());
        assertThat(world.timeline.of(order.id())).extracting(TimelineEntry::status, TimelineEntry::actorId)
                .containsExactly(tuple(JobStatus.REQUESTED, ALICE.id()),
                        tuple(JobStatus.ACCEPTED, pia.id()),
                        tuple(JobStatus.IN_PROGRESS, pia.id()));
    }

    @Test
    void aRefusedStepChangesNothingAndIsNotRecordedSoItMayComeAgain() {
        Job order = order();
        User pia = provider("usr_pia", AccountStatus.ACTIVE);

        assertThat(updates.apply(update("evt_early", order, JobStatus.COMPLETED, null)))
                .isEqualTo(new UpdateResult.Refused(Rejection.INVALID_TRANSITION));
        assertThat(updates.apply(update("evt_x", order, JobStatus.ACCEPTED, provider("usr_new", AccountStatus.PENDING_APPROVAL).id())))
                .isEqualTo(new UpdateResult.UnknownProvider());
        assertThat(updates.apply(update("evt_y", order, JobStatus.ACCEPTED, UserId.next(world.ids))))
                .isEqualTo(new UpdateResult.UnknownProvider());
        assertThat(updates.apply(new FulfilmentUpdate("evt_z", "order.updated", JobId.next(world.ids), JobStatus.EN_ROUTE,
                null))).isEqualTo(new UpdateResult.NotFound());
        assertThat(world.stored(order.id()).status()).isEqualTo(JobStatus.REQUESTED);
        assertThat(processed.isProcessed(FulfilmentUpdatesService.EVENT_NAMESPACE + "evt_early")).isFalse();

        assertThat(updates.apply(update("evt_take", order, JobStatus.ACCEPTED, pia.id()))).isInstanceOf(UpdateResult.Applied.class);
        assertThat(updates.apply(update("evt_early", order, JobStatus.EN_ROUTE, null))).isInstanceOf(UpdateResult.Applied.class);
        assertThat(world.stored(order.id()).status()).isEqualTo(JobStatus.EN_ROUTE);
    }

    @Test
    void onlyOrdersAreMovedAndOnlyThroughTheStepsOfFulfilment() {
        Job plain = world.posted(ALICE, JobWorld.plumbing());
        User pia = provider("usr_pia", AccountStatus.ACTIVE);

        assertThat(updates.apply(update("evt_1", plain, JobStatus.ACCEPTED, pia.id()))).isEqualTo(new UpdateResult.NotFound());
        assertThatThrownBy(() -> update("evt_2", plain, JobStatus.CANCELLED, null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.fields()).containsOnlyKeys("status"));
        assertThatThrownBy(() -> update("evt_3", plain, JobStatus.ACCEPTED, null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.fields()).containsOnlyKeys("provider_id"));
        assertThatThrownBy(() -> update(" ", plain, JobStatus.EN_ROUTE, null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.fields()).containsOnlyKeys("event_id"));
        assertThat(world.stored(plain.id()).status()).isEqualTo(JobStatus.REQUESTED);
    }

    @Test
    void anUpdateVerifiesOnlyWithTheSecretsSignatureOfItsOwnBytesMadeRecently() {
        byte[] body = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.header(SECRET, world.clock.instant(), body);

        assertThat(updates.verifies(body, signed)).isTrue();
        assertThat(updates.verifies("{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8), signed)).isFalse();
        assertThat(updates.verifies(body, WebhookSignature.header("whsec_other", world.clock.instant(), body))).isFalse();
        assertThat(updates.verifies(body, WebhookSignature.header(SECRET, world.clock.instant().minus(Duration.ofMinutes(6)),
                body))).isFalse();
        assertThat(updates.verifies(body, null)).isFalse();
        assertThat(updates.verifies(body, "t=abc,v1=00")).isFalse();
        assertThat(new FulfilmentUpdatesService(null, Duration.ofMinutes(5), world.orders, world.jobs, users, processed,
                world.outbox, world.timeline, world.transactions, world.clock).verifies(body, signed)).isFalse();
    }
}
