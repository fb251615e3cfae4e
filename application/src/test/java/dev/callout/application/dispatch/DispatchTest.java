package dev.callout.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.CapturedLog;
import dev.callout.application.PageRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatchTest {

    private final DispatchWorld world = new DispatchWorld();

    private static Set<UserId> ids(Actor... actors) {
        return java.util.Arrays.stream(actors).map(Actor::id).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<UserId> offered(List<DispatchEvent.JobOffered> offers) {
        return offers.stream().map(DispatchEvent.JobOffered::providerId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aPostedJobIsOfferedAtOnceToTheNearestBatchOfEligibleProviders() {
        Actor customer = world.customer();
        Actor nearest = world.providerAt(0.5, "plumber");
        Actor second = world.providerAt(1.5, "plumber");
        Actor third = world.providerAt(2.5, "plumber");
        Actor towing = world.providerAt(0.2, "towing");
        Actor offline = world.providerAt(0.3, "plumber");
        world.availability.set(new dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand(
                offline, Availability.OFFLINE));
        Actor stale = world.providerAt(0.4, "plumber");
        world.clock.advance(Duration.ofMinutes(4));
        world.moveTo(nearest, 0.5);
        world.moveTo(second, 1.5);
        world.moveTo(third, 2.5);
        world.clock.advance(Duration.ofMinutes(2));

        Job job = world.postImmediate(customer);
        world.settle();

        List<DispatchEvent.JobOffered> offers = world.offers(job.id());
        assertThat(offered(offers)).as("a batch of two, nearest first; never the offline, stale or other-category ones")
                .isEqualTo(ids(nearest, second));
        assertThat(offered(offers)).doesNotContain(towing.id(), offline.id(), stale.id(), third.id());
        DispatchEvent.JobOffered first = offers.stream().filter(offer -> offer.providerId().equals(nearest.id())).findFirst().orElseThrow();
        assertThat(first.distanceKm()).isBetween(0.49, 0.51);
        assertThat(first.expiresAt()).isEqualTo(world.clock.instant().plus(DispatchWorld.POLICY.offerTimeout()));
        assertThat(first.eta()).isPositive();
        assertThat(first.price()).isEqualTo(job.price().total());
        assertThat(world.frames).filteredOn(frame -> frame.type().equals("job.offered")).hasSize(2);
    }

    @Test
    void whenUntakenJobsStayOpenTheLastStepEndsWithTheJobStillOpenForAnyProvider() {
        DispatchPolicy open = new DispatchPolicy(2, List.of(3.0), Duration.ofSeconds(30), Duration.ofMinutes(30),
                Duration.ofMinutes(5), false);
        DispatchWorld stays = new DispatchWorld(open);
        Actor customer = stays.customer();
        Actor near = stays.providerAt(1, "plumber");
        Actor far = stays.providerAt(20, "plumber");
        Job job = stays.postImmediate(customer);
        stays.settle();
        assertThat(offered(stays.offers(job.id()))).isEqualTo(ids(near));

        stays.advance(Duration.ofSeconds(31));
        assertThat(stays.stored(job.id()).status()).isEqualTo(JobStatus.REQUESTED);
        assertThat(stays.outbox.events()).noneMatch(JobEvent.JobStatusChanged.class::isInstance);
        assertThat(stays.timers.pending()).isEmpty();
        assertThat(stays.acceptBy(far, job.id())).isInstanceOf(JobResult.Ok.class);
    }

    @Test
    void withNoAcceptTheNextBatchWidensTheRadiusAndAfterTheLastStepTheJobExpires() {
        Actor customer = world.customer();
        Actor a = world.providerAt(1, "plumber");
        Actor b = world.providerAt(2, "plumber");
        Actor c = world.providerAt(2.9, "plumber");
        Actor d = world.providerAt(5, "plumber");
        Actor e = world.providerAt(11, "plumber");
        Actor far = world.providerAt(20, "plumber");

        Job job = world.postImmediate(customer);
        world.settle();
        assertThat(offered(world.offers(job.id()))).isEqualTo(ids(a, b));

        world.advance(Duration.ofSeconds(29));
        assertThat(world.offers(job.id())).as("the offers stand for the whole timeout").hasSize(2);

        keepPositionsFresh(a, b, c, d, e, far);
        world.advance(Duration.ofSeconds(1));
        assertThat(offered(world.offers(job.id()))).as("step 2: 6 km, the next two, nobody twice")
                .isEqualTo(ids(a, b, c, d));

        world.advance(Duration.ofSeconds(30));
        assertThat(offered(world.offers(job.id()))).as("step 3: 12 km").isEqualTo(ids(a, b, c, d, e));
        assertThat(world.stored(job.id()).status()).isEqualTo(JobStatus.REQUESTED);

        world.advance(Duration.ofSeconds(30));
        Job expired = world.stored(job.id());
        assertThat(expired.status()).isEqualTo(JobStatus.NO_PROVIDER_FOUND);
        assertThat(world.outbox.events()).filteredOn(JobEvent.JobStatusChanged.class::isInstance)
                .map(JobEvent.JobStatusChanged.class::cast).singleElement()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(JobStatus.NO_PROVIDER_FOUND));
        assertThat(world.timeline.of(job.id()).getLast()).as("the system's move, by nobody")
                .isEqualTo(new TimelineEntry(job.id(), JobStatus.NO_PROVIDER_FOUND, expired.updatedAt(), null, null));
        assertThat(world.frames).as("the customer is told").anySatisfy(frame -> {
            assertThat(frame.type()).isEqualTo("job.status_changed");
            assertThat(frame.fields()).containsEntry("to", "no_provider_found").containsEntry("customer_id", customer.id().value())
                    .containsEntry("changed_by", "system");
        });
        assertThat(world.withdrawals(job.id())).extracting(DispatchEvent.OfferWithdrawn::providerId)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id(), d.id(), e.id());
        assertThat(world.withdrawals(job.id())).allSatisfy(w -> assertThat(w.reason()).isEqualTo("no_provider_found"));
        assertThat(world.acceptBy(a, job.id())).isEqualTo(new JobResult.Refused(Rejection.INVALID_TRANSITION));
        assertThat(world.timers.pending()).isEmpty();
    }

    @Test
    void aHelperWithOnlyABaseLocationIsOfferedJobsNearItUntilAFreshPositionElsewhereWins() {
        Actor customer = world.customer();
        Actor helper = world.providerBasedAt(1, "plumber");
        world.clock.advance(Duration.ofHours(2));

        Job first = world.postImmediate(customer);
        world.settle();
        assertThat(world.offers(first.id())).as("no position ever sent, hours later: the base counts")
                .singleElement().satisfies(offer -> {
                    assertThat(offer.providerId()).isEqualTo(helper.id());
                    assertThat(offer.distanceKm()).isBetween(0.99, 1.01);
                    assertThat(offer.eta()).isPositive();
                });

        world.moveTo(helper, 40);
        Job second = world.postImmediate(world.customer());
        world.settle();
        assertThat(world.offers(second.id())).as("a fresh position 40 km away wins over the base").isEmpty();

        world.clock.advance(DispatchWorld.POLICY.maxPositionAge().plusSeconds(1));
        Job third = world.postImmediate(world.customer());
        world.settle();
        assertThat(offered(world.offers(third.id()))).as("once it is stale the base counts again").isEqualTo(ids(helper));

        assertThat(world.acceptBy(helper, third.id())).isInstanceOf(JobResult.Ok.class);
        world.settle();
        Job fourth = world.postImmediate(world.customer());
        world.settle();
        assertThat(world.offers(fourth.id())).as("on a job: busy, as any provider").isEmpty();
    }

    @Test
    void theFirstAcceptWinsTheOtherOffersAreWithdrawnAndTheWinnerIsBusy() {
        Actor customer = world.customer();
        Actor a = world.providerAt(1, "plumber");
        Actor b = world.providerAt(2, "plumber");
        Job job = world.postImmediate(customer);
        world.settle();

        assertThat(world.acceptBy(b, job.id())).isInstanceOf(JobResult.Ok.class);
        world.settle();

        assertThat(world.withdrawals(job.id())).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.providerId()).isEqualTo(a.id());
            assertThat(withdrawn.reason()).isEqualTo("taken");
        });
        assertThat(world.presences.byProvider(b.id()).orElseThrow().availability()).isEqualTo(Availability.BUSY);

        Job another = world.postImmediate(world.customer());
        world.settle();
        assertThat(offered(world.offers(another.id()))).as("a busy provider gets no offers").isEqualTo(ids(a));

        world.advance(Duration.ofMinutes(5));
        assertThat(world.stored(job.id()).status()).as("the first job's timers did nothing").isEqualTo(JobStatus.ACCEPTED);
        assertThat(world.offers(job.id())).hasSize(2);
    }

    @Test
    void anAcceptanceDeliveredAgainAfterTheJobEndedLeavesTheProviderFree() {
        Actor customer = world.customer();
        Actor a = world.providerAt(1, "plumber");
        Job job = world.postImmediate(customer);
        world.settle();
        world.acceptBy(a, job.id());
        world.move(a, job.id(), JobStatus.IN_PROGRESS);
        world.move(a, job.id(), JobStatus.COMPLETED);
        world.settle();
        JobEvent.JobAccepted accepted = world.outbox.events().stream()
                .filter(event -> event instanceof JobEvent.JobAccepted taken && taken.jobId().equals(job.id()))
                .map(JobEvent.JobAccepted.class::cast).findFirst().orElseThrow();

        world.work.handle(accepted);

        assertThat(world.presences.byProvider(a.id()).orElseThrow().availability()).isEqualTo(Availability.ONLINE);
    }

    @Test
    void aProviderWhoWithdrawsSendsTheJobBackToDispatchWithoutThem() {
        Actor customer = world.customer();
        Actor a = world.providerAt(1, "plumber");
        Actor b = world.providerAt(2, "plumber");
        Actor c = world.providerAt(2.5, "plumber");
        Job job = world.postImmediate(customer);
        world.settle();
        world.acceptBy(a, job.id());
        world.settle();
        world.clock.advance(Duration.ofSeconds(40));

        assertThat(world.move(a, job.id(), JobStatus.CANCELLED)).isInstanceOf(JobResult.Ok.class);
        world.settle();

        assertThat(world.stored(job.id()).status()).isEqualTo(JobStatus.REQUESTED);
        List<DispatchEvent.JobOffered> secondWave = world.offers(job.id()).stream()
                .filter(offer -> offer.occurredAt().equals(world.clock.instant())).toList();
        assertThat(offered(secondWave)).as("the next two, never the one who withdrew").isEqualTo(ids(b, c));
        assertThat(world.presences.byProvider(a.id()).orElseThrow().availability()).isEqualTo(Availability.ONLINE);
    }

    @Test
    void aCancelledJobsOffersAreWithdrawn() {
        Actor customer = world.customer();
        Actor a = world.providerAt(1, "plumber");
        Job job = world.postImmediate(customer);
        world.settle();

        world.move(customer, job.id(), JobStatus.CANCELLED);
        world.settle();

        assertThat(world.withdrawals(job.id())).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.providerId()).isEqualTo(a.id());
            assertThat(withdrawn.reason()).isEqualTo("cancelled");
        });
        world.advance(Duration.ofMinutes(3));
        assertThat(world.stored(job.id()).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void aScheduledJobIsDispatchedTheLeadTimeBeforeItsTime() {
        Actor customer = world.customer();
        Job job = world.postScheduled(customer, DispatchWorld.T0.plus(Duration.ofHours(2)));
        world.settle();
        assertThat(world.offers(job.id())).isEmpty();

        world.advance(Duration.ofMinutes(89));
        Actor a = world.providerAt(1, "plumber");
        world.settle();
        assertThat(world.offers(job.id())).as("not before the lead time").isEmpty();

        world.advance(Duration.ofMinutes(1));
        assertThat(offered(world.offers(job.id()))).isEqualTo(ids(a));
    }

    @Test
    void aRepeatedDeliveryOfferesNothingTwice() {
        Actor customer = world.customer();
        world.providerAt(1, "plumber");
        Job job = world.postImmediate(customer);
        world.settle();
        JobEvent posted = (JobEvent) world.outbox.events().stream()
                .filter(event -> event instanceof JobEvent.JobPosted p && p.jobId().equals(job.id())).findFirst().orElseThrow();

        world.dispatcher.handle(posted);
        world.dispatcher.handle(posted);
        world.settle();

        assertThat(world.offers(job.id())).hasSize(1);
    }

    @Test
    void theCustomerWatchesTheProviderComeAndNothingIsSentOnceTheJobEnds() {
        Actor customer = world.customer();
        Actor provider = world.providerAt(2, "plumber");
        Job job = world.postImmediate(customer);
        world.settle();
        world.acceptBy(provider, job.id());
        world.settle();
        world.frames.clear();

        world.moveTo(provider, 1);
        assertThat(world.frames).extracting(LiveEvent::type).containsExactly("provider.position", "provider.location", "eta.updated");
        assertThat(world.frames.getFirst().fields()).as("the operators' map hears every position")
                .containsEntry("provider_id", provider.id().value()).doesNotContainKey("customer_id");
        assertThat(world.frames.get(1).fields()).containsEntry("customer_id", customer.id().value())
                .containsEntry("job_id", job.id().value());
        assertThat((Long) world.frames.get(2).fields().get("eta_seconds"))
                .isEqualTo(world.etas.eta(DispatchWorld.north(1), DispatchWorld.MAKATI, "plumber").toSeconds());

        world.move(provider, job.id(), JobStatus.IN_PROGRESS);
        world.move(provider, job.id(), JobStatus.COMPLETED);
        world.settle();
        world.frames.clear();
        world.moveTo(provider, 0);

        assertThat(world.frames).extracting(LiveEvent::type).as("no tracking after the job ended, only the operators' map")
                .containsExactly("provider.position");
        assertThat(world.presences.byProvider(provider.id()).orElseThrow().availability()).isEqualTo(Availability.ONLINE);
    }

    @Test
    void aFavouritesFirstJobIsOfferedToTheAvailableFavouritesWhereverTheyAreThenToTheNearestAfterTheTimeout() {
        Actor customer = world.customer();
        Actor near = world.providerAt(0.5, "plumber");
        Actor second = world.providerAt(1, "plumber");
        Actor farFavourite = world.providerAt(40, "plumber");
        Actor nearFavourite = world.providerAt(2, "plumber");
        Actor offlineFavourite = world.providerAt(0.2, "plumber");
        world.availability.set(new dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand(
                offlineFavourite, Availability.OFFLINE));
        Actor otherTradeFavourite = world.providerAt(0.3, "towing");
        world.favour(customer, farFavourite, nearFavourite, offlineFavourite, otherTradeFavourite);

        Job job = world.postFavoritesFirst(customer);
        world.settle();

        assertThat(world.stored(job.id()).details().favoritesFirst()).isTrue();
        List<DispatchEvent.JobOffered> favourites = world.offers(job.id());
        assertThat(favourites).extracting(DispatchEvent.JobOffered::providerId)
                .as("only the available favourites of the trade, nearest first, 40 km away or not")
                .containsExactly(nearFavourite.id(), farFavourite.id());
        assertThat(favourites.getLast().distanceKm()).isBetween(39.9, 40.1);
        assertThat(favourites).allSatisfy(offer -> assertThat(offer.expiresAt())
                .isEqualTo(DispatchWorld.T0.plus(DispatchWorld.POLICY.offerTimeout())));

        world.advance(Duration.ofSeconds(29));
        assertThat(world.offers(job.id())).as("nobody else while the favourites' offers stand").hasSize(2);

        world.advance(Duration.ofSeconds(1));
        assertThat(offered(world.offers(job.id()))).as("then the first radius: the nearest two nobody offered yet")
                .isEqualTo(ids(nearFavourite, farFavourite, near, second));

        for (int step = 0; step < 3; step++) {
            world.advance(Duration.ofSeconds(30));
        }
        assertThat(world.stored(job.id()).status()).as("after the three radius steps")
                .isEqualTo(JobStatus.NO_PROVIDER_FOUND);
    }

    @Test
    void withNoAvailableFavouriteTheNearestAreOfferedAtOnceAndNoTimeIsLost() {
        Actor customer = world.customer();
        Actor near = world.providerAt(0.5, "plumber");
        Actor busyFavourite = world.providerAt(1, "plumber");
        Actor blocker = world.customer();
        Job taken = world.postImmediate(blocker);
        world.settle();
        assertThat(world.acceptBy(busyFavourite, taken.id())).isInstanceOf(JobResult.Ok.class);
        world.settle();
        world.favour(customer, busyFavourite);

        Job job = world.postFavoritesFirst(customer);
        world.settle();

        assertThat(world.offers(job.id())).singleElement().satisfies(offer -> {
            assertThat(offer.providerId()).isEqualTo(near.id());
            assertThat(offer.expiresAt()).isEqualTo(DispatchWorld.T0.plus(DispatchWorld.POLICY.offerTimeout()));
        });
        world.advance(Duration.ofSeconds(30));
        world.advance(Duration.ofSeconds(30));
        assertThat(world.stored(job.id()).status()).isEqualTo(JobStatus.REQUESTED);
        world.advance(Duration.ofSeconds(30));
        assertThat(world.stored(job.id()).status()).as("three steps, as without favourites first")
                .isEqualTo(JobStatus.NO_PROVIDER_FOUND);

        Actor loner = world.customer();
        Job withoutFavourites = world.postFavoritesFirst(loner);
        world.settle();
        assertThat(world.stored(withoutFavourites.id()).status()).isEqualTo(JobStatus.REQUESTED);
        assertThat(world.rounds.byJob(withoutFavourites.id()).orElseThrow().expiresAt())
                .as("a customer with no favourites at all waits no step either")
                .isEqualTo(world.clock.instant().plus(DispatchWorld.POLICY.offerTimeout()));
    }

    @Test
    void withoutFavouritesFirstAFavouriteIsOfferedOnlyAsAnyoneElse() {
        Actor customer = world.customer();
        Actor near = world.providerAt(0.5, "plumber");
        Actor second = world.providerAt(1, "plumber");
        Actor farFavourite = world.providerAt(40, "plumber");
        world.favour(customer, farFavourite);

        Job job = world.postImmediate(customer);
        world.settle();

        assertThat(world.stored(job.id()).details().favoritesFirst()).isFalse();
        assertThat(offered(world.offers(job.id()))).isEqualTo(ids(near, second));
    }

    @Test
    void aFavouriteWhoWithdrawsIsNotOfferedTheJobAgainWhenItReopens() {
        Actor customer = world.customer();
        Actor near = world.providerAt(0.5, "plumber");
        Actor favourite = world.providerAt(20, "plumber");
        Actor otherFavourite = world.providerAt(30, "plumber");
        world.favour(customer, favourite, otherFavourite);
        Job job = world.postFavoritesFirst(customer);
        world.settle();
        assertThat(world.acceptBy(favourite, job.id())).isInstanceOf(JobResult.Ok.class);
        world.settle();
        world.clock.advance(Duration.ofSeconds(5));

        assertThat(world.move(favourite, job.id(), JobStatus.CANCELLED)).isInstanceOf(JobResult.Ok.class);
        world.settle();

        assertThat(world.offers(job.id())).extracting(DispatchEvent.JobOffered::providerId)
                .as("the new wave starts with the favourites again, without the one who withdrew")
                .containsExactly(favourite.id(), otherFavourite.id(), otherFavourite.id());
        assertThat(offered(world.offers(job.id()))).doesNotContain(near.id());
    }

    @Test
    void aTimerWhoseWorkKeepsFailingIsRetriedAloneWithBackoffThenParkedWhileTheOtherJobsTimersFire() {
        Actor customer = world.customer();
        world.providerAt(1, "plumber");
        Job stuck = world.postImmediate(customer);
        world.unwritable.add(stuck.id());
        world.settle();
        world.advance(Duration.ofSeconds(1));
        Job served = world.postImmediate(customer);
        world.settle();

        try (CapturedLog log = CapturedLog.of("callout.background")) {
            for (int second = 1; second < 90; second++) {
                world.advance(Duration.ofSeconds(1));
            }
            assertThat(world.stored(stuck.id()).status()).as("its expiry failed").isEqualTo(JobStatus.REQUESTED);
            world.advance(Duration.ofSeconds(1));
            assertThat(world.stored(served.id()).status()).as("expires on time, 1 s after the stuck one failed")
                    .isEqualTo(JobStatus.NO_PROVIDER_FOUND);
            assertThat(world.deadLetters.list(null, new PageRequest(1, 10)).items()).as("still trying").isEmpty();

            world.advance(Duration.ofSeconds(2));
            assertThat(world.deadLetters.list(DeadLetter.Kind.TIMER, new PageRequest(1, 10)).items()).singleElement()
                    .satisfies(parked -> {
                        assertThat(parked.work()).isEqualTo("step_ends");
                        assertThat(parked.subjectId()).isEqualTo(stuck.id().value());
                        assertThat(parked.attempts()).isEqualTo(3);
                        assertThat(parked.lastError()).contains("violates check constraint");
                        assertThat(parked.parkedAt()).isEqualTo(world.clock.instant());
                    });
            assertThat(world.timers.pending()).as("parked, no longer due").isEmpty();
            assertThat(world.metrics.parked(DeadLetter.Kind.TIMER)).isEqualTo(1);
            world.advance(Duration.ofMinutes(10));
            assertThat(log.warnings()).as("logged once, when parked").singleElement()
                    .satisfies(warning -> assertThat(warning).contains("step_ends", stuck.id().value(), "3 attempts"));
        }

        world.unwritable.remove(stuck.id());
        String parked = world.deadLetters.list(null, new PageRequest(1, 10)).items().getFirst().id();
        assertThat(world.deadLetters.retry(parked, world.clock.instant())).isPresent();
        world.settle();
        assertThat(world.stored(stuck.id()).status()).isEqualTo(JobStatus.NO_PROVIDER_FOUND);
        assertThat(world.deadLetters.list(null, new PageRequest(1, 10)).total()).isZero();
        assertThat(world.deadLetters.retry(parked, world.clock.instant())).as("retried once").isEmpty();
    }

    private void keepPositionsFresh(Actor... providers) {
        for (Actor provider : providers) {
            world.presences.byProvider(provider.id()).ifPresent(presence ->
                    world.presences.save(presence.at(presence.position(), world.clock.instant())));
        }
    }
}
