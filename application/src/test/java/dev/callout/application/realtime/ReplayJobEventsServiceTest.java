package dev.callout.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.port.EventHistory.RecordedEvent;
import dev.callout.application.realtime.ReplayJobEventsUseCase.Replay;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A reconnecting party gets what its sockets would have received, and nobody else gets anything. */
class ReplayJobEventsServiceTest {

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryOutbox outbox = new InMemoryOutbox(new InMemoryLiveEvents(),
            new EventCodecs(List.of(new JobEventCodec(), new DispatchEventCodec())));
    private final User customer = ContractFixtures.customer();
    private final User chosen = ContractFixtures.provider(Set.of("towing"));
    private final User passedOver = ContractFixtures.provider(Set.of("towing"));
    private final Job job = ContractFixtures.accepted(customer.id(), chosen.id(), "towing", ContractFixtures.at(0));

    ReplayJobEventsServiceTest() {
        jobs.add(job);
    }

    private DispatchEvent.JobOffered offer(User provider, long at) {
        return new DispatchEvent.JobOffered(job.id(), provider.id(), "towing", null, ContractFixtures.MAKATI, Urgency.IMMEDIATE,
                null, ContractFixtures.php(50_000), 1.2, Duration.ofMinutes(4), ContractFixtures.at(at + 30), ContractFixtures.at(at));
    }

    private void aJobsLife() {
        outbox.record(List.of(new JobEvent.JobPosted(job.id(), customer.id(), "towing", ContractFixtures.MAKATI,
                Urgency.IMMEDIATE, null, ContractFixtures.at(0))));
        outbox.record(List.of(offer(passedOver, 1), offer(chosen, 1)));
        outbox.record(List.of(new JobEvent.JobAccepted(job.id(), customer.id(), chosen.id(), ContractFixtures.at(20)),
                new DispatchEvent.OfferWithdrawn(job.id(), passedOver.id(), "taken", ContractFixtures.at(20))));
        outbox.record(List.of(new JobEvent.JobStatusChanged(job.id(), customer.id(), chosen.id(), JobStatus.ACCEPTED,
                JobStatus.EN_ROUTE, Role.PROVIDER, null, ContractFixtures.at(40))));
    }

    private static List<String> types(Replay replay) {
        return replay.events().stream().map(RecordedEvent::type).toList();
    }

    @Test
    void eachPartyReplaysWhatItsSocketsWouldHaveReceivedAndOthersNothing() {
        aJobsLife();
        ReplayJobEventsService service = new ReplayJobEventsService(jobs, outbox, 100);

        Replay forCustomer = service.replay(customer.asActor(), job.id(), 0).orElseThrow();
        Replay forProvider = service.replay(chosen.asActor(), job.id(), 0).orElseThrow();

        assertThat(types(forCustomer)).containsExactly("job.accepted", "job.status_changed");
        assertThat(forCustomer.complete()).isTrue();
        assertThat(types(forProvider)).containsExactly("job.offered", "job.accepted", "job.status_changed");
        assertThat(forProvider.events().getFirst().fields()).containsEntry("provider_id", chosen.id().value());
        assertThat(service.replay(passedOver.asActor(), job.id(), 0)).as("offered once, not a party").isEmpty();
        assertThat(service.replay(ContractFixtures.customer().asActor(), job.id(), 0)).isEmpty();
        assertThat(service.replay(customer.asActor(), ContractFixtures.jobId(), 0)).isEmpty();

        long accepted = forCustomer.events().getFirst().id();
        assertThat(types(service.replay(customer.asActor(), job.id(), accepted).orElseThrow()))
                .containsExactly("job.status_changed");
    }

    @Test
    void aLongHistoryComesInPagesOfTheLimitPastEventsOthersReceived() {
        outbox.record(List.of(new JobEvent.JobAccepted(job.id(), customer.id(), chosen.id(), ContractFixtures.at(1))));
        for (int i = 0; i < 250; i++) {
            outbox.record(List.of(offer(ContractFixtures.provider(Set.of("towing")), 2)));
        }
        for (int i = 0; i < 3; i++) {
            outbox.record(List.of(new JobEvent.JobStatusChanged(job.id(), customer.id(), chosen.id(), JobStatus.ACCEPTED,
                    JobStatus.EN_ROUTE, Role.PROVIDER, "try " + i, ContractFixtures.at(300 + i))));
        }
        ReplayJobEventsService service = new ReplayJobEventsService(jobs, outbox, 2);

        Replay first = service.replay(customer.asActor(), job.id(), 0).orElseThrow();
        Replay second = service.replay(customer.asActor(), job.id(), first.events().getLast().id()).orElseThrow();

        assertThat(types(first)).containsExactly("job.accepted", "job.status_changed");
        assertThat(first.complete()).isFalse();
        assertThat(second.events()).extracting(event -> event.fields().get("reason")).containsExactly("try 1", "try 2");
        assertThat(second.complete()).isTrue();
    }
}
