package dev.callout.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.admin.DeleteJobUseCase.DeleteJobCommand;
import dev.callout.application.admin.DeleteJobUseCase.DeleteResult;
import dev.callout.application.admin.RetryDeadLetterUseCase.RetryResult;
import dev.callout.application.catalog.CatalogUseCase.NewPackage;
import dev.callout.application.catalog.CatalogUseCase.NewService;
import dev.callout.application.catalog.CatalogUseCase.Result;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.AnswerKeeper;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.KeyedWork;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.Outcome;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.idempotency.StoredResponse;
import dev.callout.application.inmemory.InMemoryFileContents;
import dev.callout.application.inmemory.InMemoryGatewayEvents;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.OrderJobUseCase.OrderCommand;
import dev.callout.application.job.OrderRequest;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.payment.PayoutAccountUseCase.LinkPayoutAccountCommand;
import dev.callout.application.payment.PayoutAccountUseCase.LinkResult;
import dev.callout.application.payment.QuoteFeeUseCase.FeeQuote;
import dev.callout.application.payment.QuoteFeeUseCase.QuoteFeeCommand;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.EventHistory.RecordedEvent;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.PushSender;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJob;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsQuery;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsResult;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersQuery;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersResult;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.ratelimit.RateLimit;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The catalog, presence, payment, moderation and operations use cases driven through {@link CalloutCore} alone. */
class CalloutCoreOperationsTest {

    private static final Category PLUMBER = new Category("plumber", "Plumber", new PricingPolicy(
            Money.parse("700.00", "PHP"), Money.parse("0.00", "PHP"), 2_000, FeeRate.DEFAULT), false);
    private static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244);
    private static final GeoPoint NEARBY = new GeoPoint(14.5600, 121.0244);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final SimulatedPaymentGateway gateway = new SimulatedPaymentGateway(true);
    private final InMemoryGatewayEvents gatewayEvents = new InMemoryGatewayEvents();
    private final InMemoryFileContents uploads = new InMemoryFileContents(clock);
    private final AtomicBoolean phonesDown = new AtomicBoolean();
    private final PushSender push = notification -> {
        if (phonesDown.get()) {
            throw new IllegalStateException("the push service is down");
        }
    };
    private final InMemoryLiveEvents live = new InMemoryLiveEvents();
    private final CalloutCore core = CalloutCore.builder(clock).categories(List.of(PLUMBER)).paymentGateway(gateway)
            .gatewayEvents(gatewayEvents).liveEvents(live).trust(ports -> ports.fileContents(uploads).pushSender(push)).build();
    private final Actor customer = core.addAccount(Role.CUSTOMER, "Maria Santos", "maria@example.ph", Set.of());
    private final Actor provider = core.addAccount(Role.PROVIDER, "Jose Reyes", "jose@example.ph", Set.of("plumber"));
    private final Actor admin = core.addAccount(Role.ADMIN, "Ops", "ops@example.ph", Set.of());

    @Test
    void anAdminsPackageIsOrderedAsAJobThatDispatchOffersAndTheJobKeepsWhatWasOrdered() {
        goOnline();
        ServiceWithPackages service = done(core.catalog().create(new NewService(admin, "Leak repair", "Find and fix a leak",
                null, "plumber", List.of())));
        ServicePackage basic = done(core.catalog().addPackage(new NewPackage(admin, service.service().id(), "Basic", null,
                new MoneyInput(new BigDecimal("850"), null), 90, List.of("one hour of labour"))));
        assertThat(core.catalog().list("plumber", new PageRequest(1, 10)).items()).hasSize(1);
        assertThat(core.listCategories().all()).extracting(Category::code).containsExactly("plumber");

        Job job = ok(core.orderJob().order(new OrderCommand(customer, new OrderRequest(basic.id(), Map.of(), "under the sink",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, false, null, null, List.of())), OnCommit.nothing()));
        core.runDueWork();

        assertThat(job.price().split().amount()).isEqualTo(Money.parse("850.00", "PHP"));
        assertThat(core.getJob().view(customer, job.id())).get()
                .satisfies(view -> assertThat(view.order().packageId()).isEqualTo(basic.id()));
        assertThat(core.events().events()).extracting(DomainEvent::type).contains(DispatchEvent.OFFERED);
    }

    @Test
    void providersAndJobsAreFoundNearAPointEventsGoLiveAndAReconnectingPartyGetsThoseItMissed() {
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        live.listen(heard::add);
        goOnline();
        assertThat(core.presence().setBaseLocation().set(new SetBaseLocationCommand(provider, new Place(NEARBY, "Home"))))
                .isNotNull();
        assertThat(core.presence().setBaseLocation().baseLocation(provider)).get().extracting(Place::point).isEqualTo(NEARBY);
        assertThat(core.presence().providersOnMap().available()).extracting(onMap -> onMap.provider().id())
                .containsExactly(provider.id());
        assertThat(core.presence().findNearbyProviders().find(new NearbyProvidersQuery(customer, MAKATI, "plumber", 5, 10)))
                .isInstanceOfSatisfying(NearbyProvidersResult.Found.class, found -> assertThat(found.providers())
                        .singleElement().satisfies(near -> assertThat(near.match().candidate().presence().providerId()).isEqualTo(provider.id())));
        Job job = posted();

        assertThat(core.presence().findNearbyJobs().find(new NearbyJobsQuery(provider, null, null, 5, 10, null, null)))
                .isInstanceOfSatisfying(NearbyJobsResult.Found.class, found -> assertThat(found.jobs())
                        .extracting(NearbyJob::job).extracting(Job::id).containsExactly(job.id()));

        Job taken = ok(core.changeJobStatus().change(new ChangeJobStatusCommand(provider, job.id(), JobStatus.ACCEPTED, null)));
        Instant leased = clock.instant().plusSeconds(60);
        assertThat(core.presence().jobPresence().subscribed(customer.id(), taken, "socket-1", "node-1", leased)).isEmpty();
        assertThat(core.presence().jobPresence().subscribed(provider.id(), taken, "socket-2", "node-1", leased))
                .containsExactly(customer.id());
        assertThat(heard).extracting(LiveEvent::type).contains(JobEvent.POSTED, JobEvent.ACCEPTED);
        long acceptedId = heard.stream().filter(event -> event.type().equals(JobEvent.ACCEPTED)).findFirst().orElseThrow().id();
        assertThat(core.presence().replayJobEvents().replay(customer, job.id(), 0)).get()
                .satisfies(replay -> assertThat(replay.events()).extracting(RecordedEvent::type).contains(JobEvent.ACCEPTED));
        assertThat(core.presence().replayJobEvents().replay(customer, job.id(), acceptedId)).get()
                .satisfies(replay -> assertThat(replay.events()).isEmpty());
        assertThat(core.presence().replayJobEvents().replay(core.addAccount(Role.CUSTOMER, "Ana", "ana@example.ph", Set.of()),
                job.id(), 0)).as("not a party").isEmpty();
    }

    @Test
    void feesAreQuotedPayoutAccountsLinkedGatewayWebhooksAppliedOnceAndUnansweredCallsSettled() {
        assertThat(core.quoteFee().quote(new QuoteFeeCommand(new BigDecimal("1000.00"), "PHP", null)))
                .isInstanceOfSatisfying(FeeQuote.Quoted.class, quoted -> assertThat(quoted.split().fee())
                        .isEqualTo(Money.parse("50.00", "PHP")));
        assertThat(core.payoutAccounts().link(new LinkPayoutAccountCommand(provider, "acct_1")))
                .isInstanceOf(LinkResult.Linked.class);
        assertThat(core.payoutAccounts().link(new LinkPayoutAccountCommand(customer, "acct_2")))
                .isInstanceOf(LinkResult.NotAProvider.class);

        String payload = gatewayEvents.deliverable(new GatewayEvent.Other("evt_1", "charge.updated"));
        assertThat(core.handleGatewayEvent().handle(payload, InMemoryGatewayEvents.SIGNATURE))
                .isNotInstanceOf(WebhookResult.Refused.class);
        assertThat(core.handleGatewayEvent().handle(payload, InMemoryGatewayEvents.SIGNATURE))
                .isEqualTo(new WebhookResult.Duplicate("evt_1"));
        assertThat(core.handleGatewayEvent().handle(payload, "forged")).isInstanceOf(WebhookResult.Refused.class);

        Job job = accepted(posted());
        gateway.becomeUnavailableFor(1);
        PaymentResult waiting = core.createPayment().create(new CreatePaymentCommand(customer, job.id(), PaymentMethod.CARD, null),
                OnCommit.nothing());
        assertThat(waiting).isInstanceOf(PaymentResult.GatewayUnavailable.class);
        Payment pending = ((PaymentResult.GatewayUnavailable) waiting).payment();

        clock.advance(Duration.ofMinutes(1));
        assertThat(core.settleGatewayCalls().settlePending(Duration.ofSeconds(30), 10)).isEqualTo(1);
        assertThat(core.paymentQueries().get(customer, pending.id())).get()
                .satisfies(payment -> assertThat(payment.intentId()).isNotNull());
    }

    @Test
    void anAdminDeletesAJobSeesTheProvidersMapAndPutsParkedWorkBack() {
        goOnline();
        assertThat(core.operations().providerMap().list(admin, new PageRequest(1, 10))).get()
                .satisfies(map -> assertThat(map.items()).singleElement()
                        .satisfies(entry -> assertThat(entry.provider().id()).isEqualTo(provider.id())));
        assertThat(core.operations().providerMap().list(customer, new PageRequest(1, 10))).as("admins only").isEmpty();

        phonesDown.set(true);
        Job job = posted();
        for (Instant deadline = clock.instant().plus(Duration.ofDays(1)); deadLetters().total() == 0; ) {
            assertThat(clock.instant()).as("the push is parked after its last attempt").isBefore(deadline);
            clock.advance(Duration.ofMinutes(5));
            core.runDueWork();
        }
        DeadLetter parked = deadLetters().items().getFirst();
        assertThat(parked.kind()).isEqualTo(DeadLetter.Kind.EVENT);

        phonesDown.set(false);
        assertThat(core.operations().retryDeadLetter().retry(admin, parked.id())).isInstanceOf(RetryResult.Retried.class);
        core.runDueWork();
        assertThat(deadLetters().total()).isZero();

        assertThat(core.operations().deleteJob().delete(new DeleteJobCommand(admin, job.id(), "a test post")))
                .isInstanceOf(DeleteResult.Deleted.class);
        assertThat(core.getJob().get(admin, job.id())).isEmpty();
    }

    @Test
    void bytesNoFileNamesAreSweptAKeyedRequestRunsOnceAndRateLimitsCount() {
        uploads.write("fil_orphan", new byte[] {1, 2, 3});
        clock.advance(Duration.ofHours(2));
        assertThat(core.operations().sweepOrphanedFiles().sweep(Duration.ofHours(1)).removed()).isEqualTo(1);
        assertThat(uploads.read("fil_orphan")).isEmpty();

        AtomicInteger runs = new AtomicInteger();
        KeyedWork<String> work = new KeyedWork<>() {
            @Override
            public String run(AnswerKeeper keeper) {
                runs.incrementAndGet();
                return "created";
            }

            @Override
            public Optional<StoredResponse> answer(String outcome) {
                return Optional.of(new StoredResponse(201, outcome));
            }
        };
        IdempotencyKey key = new IdempotencyKey(customer.id().value(), "POST /jobs", "key-1");
        assertThat(core.operations().idempotentRequests().run(key, "body", work)).isInstanceOf(Outcome.Ran.class);
        assertThat(core.operations().idempotentRequests().run(key, "body", work))
                .isInstanceOfSatisfying(Outcome.Replayed.class, replayed -> assertThat(replayed.response().body()).isEqualTo("created"));
        assertThat(runs).hasValue(1);

        RateLimit twice = new RateLimit("quotes", 2, Duration.ofMinutes(1));
        assertThat(core.operations().rateLimiter().take(twice, "maria").allowed()).isTrue();
        assertThat(core.operations().rateLimiter().take(twice, "maria").allowed()).isTrue();
        assertThat(core.operations().rateLimiter().take(twice, "maria").allowed()).isFalse();
    }

    private Page<DeadLetter> deadLetters() {
        return core.operations().listDeadLetters().list(admin, null, new PageRequest(1, 10)).orElseThrow();
    }

    private void goOnline() {
        core.setAvailability().set(new SetAvailabilityCommand(provider, Availability.ONLINE));
        core.updateLocation().update(new UpdateLocationCommand(provider, NEARBY));
    }

    private Job posted() {
        return ok(core.postJob().post(new PostJobCommand(customer, new JobRequest("plumber", "leaking pipe",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, null))));
    }

    private Job accepted(Job job) {
        core.runDueWork();
        Job taken = ok(core.changeJobStatus().change(new ChangeJobStatusCommand(provider, job.id(), JobStatus.ACCEPTED, null)));
        core.runDueWork();
        return taken;
    }

    private static <T> T done(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Done.class);
        return ((Result.Done<T>) result).value();
    }

    private static Job ok(JobResult result) {
        assertThat(result).isInstanceOf(JobResult.Ok.class);
        return ((JobResult.Ok) result).job();
    }
}
