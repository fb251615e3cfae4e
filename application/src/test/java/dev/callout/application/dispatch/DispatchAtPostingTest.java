package dev.callout.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.job.JobRequest;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** A job offered as its posting commits, and the relay's delivery of its job.posted as the fallback. */
class DispatchAtPostingTest {

    private final DispatchWorld world = new DispatchWorld();

    private Job post(Executor executor, Actor customer) {
        PostJobUseCase post = DispatchAtPosting.posting(world.post, world.dispatcher, executor);
        return DispatchWorld.ok(post.post(new PostJobCommand(customer, new JobRequest("plumber", "leaking pipe",
                new Place(DispatchWorld.MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, null))));
    }

    @Test
    void aJobIsOfferedAsItsPostingCommitsAndTheRelaysDeliveryOffersNothingMore() {
        Actor customer = world.customer();
        Actor nearest = world.providerAt(0.5, "plumber");
        Actor second = world.providerAt(1.5, "plumber");
        world.providerAt(2.5, "plumber");

        Job job = post(Runnable::run, customer);

        assertThat(world.offers(job.id())).as("offered before the relay ran").map(DispatchEvent.JobOffered::providerId)
                .containsExactlyInAnyOrder(nearest.id(), second.id());
        world.settle();
        assertThat(world.offers(job.id())).as("the relay's delivery of job.posted found the wave started").hasSize(2);
    }

    @Test
    void aJobWhoseDispatchAtPostingNeverRanIsOfferedByTheRelay() {
        Actor customer = world.customer();
        Actor provider = world.providerAt(0.5, "plumber");
        Executor died = task -> {
            // the process died before the task ran
        };

        Job job = post(died, customer);

        assertThat(world.offers(job.id())).isEmpty();
        world.settle();
        assertThat(world.offers(job.id())).map(DispatchEvent.JobOffered::providerId).containsExactly(provider.id());
    }

    @Test
    void aPostingThatFindsNoRoomToDispatchIsAnsweredAndTheRelayOffersIt() {
        Actor customer = world.customer();
        Actor provider = world.providerAt(0.5, "plumber");
        Executor full = task -> {
            throw new RejectedExecutionException("no room");
        };

        Job job = post(full, customer);

        world.settle();
        assertThat(world.offers(job.id())).map(DispatchEvent.JobOffered::providerId).containsExactly(provider.id());
    }

    @Test
    void aScheduledJobIsLeftToItsEvent() {
        Actor customer = world.customer();
        world.providerAt(0.5, "plumber");
        PostJobUseCase post = DispatchAtPosting.posting(world.post, world.dispatcher, Runnable::run);

        Job job = DispatchWorld.ok(post.post(new PostJobCommand(customer, new JobRequest("plumber", "install a heater",
                new Place(DispatchWorld.MAKATI, "Ayala Ave"), null, Urgency.SCHEDULED,
                world.clock.instant().plus(Duration.ofHours(2)), null))));

        assertThat(world.offers(job.id())).as("not at its posting").isEmpty();
        world.advance(Duration.ofMinutes(89));
        Actor provider = world.providerAt(1, "plumber");
        world.advance(Duration.ofMinutes(1));
        assertThat(world.offers(job.id())).as("the lead time before its time, as its event said")
                .map(DispatchEvent.JobOffered::providerId).containsExactly(provider.id());
    }
}
