package dev.callout.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.CapturedLog;
import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.background.FailedWork;
import dev.callout.application.background.RetryPolicy;
import dev.callout.application.inmemory.InMemoryDeadLetterMetrics;
import dev.callout.application.inmemory.InMemoryDeadLetters;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryTimers;
import dev.callout.application.port.DeadLetter;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventRelayTest {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryDeadLetters deadLetters = new InMemoryDeadLetters(new InMemoryTimers(), outbox);
    private final InMemoryDeadLetterMetrics metrics = new InMemoryDeadLetterMetrics();

    private FailedWork failures(RetryPolicy policy) {
        return new FailedWork(policy, new TimeOrderedIds(clock, new SplittableRandom(1)), metrics);
    }

    /** Records what it handled; fails the first {@code failures} times it sees a given job. */
    static final class Recording implements EventHandler {
        final String name;
        final String type;
        final List<DomainEvent> handled = new ArrayList<>();
        int failures;

        Recording(String name, String type, int failures) {
            this.name = name;
            this.type = type;
            this.failures = failures;
        }

        @Override
        public boolean handles(String eventType) {
            return eventType.equals(type);
        }

        @Override
        public void handle(DomainEvent event) {
            if (failures > 0 && ((JobEvent) event).jobId().value().equals("job_flaky")) {
                failures--;
                throw new IllegalStateException("payment provider unavailable");
            }
            handled.add(event);
        }

        @Override
        public String name() {
            return name;
        }

        List<String> jobs() {
            return handled.stream().map(e -> ((JobEvent) e).jobId().value()).toList();
        }
    }

    private static JobEvent.JobAccepted accepted(String job) {
        return new JobEvent.JobAccepted(new JobId(job), new UserId("usr_c"), new UserId("usr_p"), T0);
    }

    @Test
    void aFailingHandlerIsRetriedAloneWithBackoffAndDoesNotHoldUpTheRest() {
        Recording steady = new Recording("steady", "job.accepted", 0);
        Recording flaky = new Recording("flaky", "job.accepted", 2);
        Recording other = new Recording("other", "job.posted", 0);
        EventRelay relay = new EventRelay(outbox, List.of(steady, flaky, other), clock, EventRelay.Settings.DEFAULT,
                failures(RetryPolicy.DEFAULT));
        outbox.record(List.of(accepted("job_flaky"), accepted("job_fine")));

        assertThat(relay.relayDue()).as("the second event is finished, the first waits").isEqualTo(1);
        assertThat(steady.jobs()).containsExactly("job_flaky", "job_fine");
        assertThat(flaky.jobs()).containsExactly("job_fine");
        assertThat(other.handled).isEmpty();

        clock.advance(Duration.ofMillis(999));
        assertThat(relay.relayDue()).as("not before the first backoff").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(relay.relayDue()).as("fails again: now 2 s").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.relayDue()).isEqualTo(1);

        assertThat(flaky.jobs()).containsExactly("job_fine", "job_flaky");
        assertThat(steady.handled).as("the handler that succeeded is not run again").hasSize(2);
        assertThat(outbox.undelivered()).isEmpty();
        assertThat(deadLetters.list(null, new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void aHandlerThatFailsEveryAttemptIsParkedLoggedOnceCountedAndRetriedAloneByAnAdmin() {
        Recording steady = new Recording("steady", "job.accepted", 0);
        Recording flaky = new Recording("flaky", "job.accepted", Integer.MAX_VALUE);
        EventRelay relay = new EventRelay(outbox, List.of(steady, flaky), clock, EventRelay.Settings.DEFAULT,
                failures(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1))));
        outbox.record(List.of(accepted("job_flaky")));

        try (CapturedLog log = CapturedLog.of("callout.background")) {
            relay.relayDue();
            clock.advance(Duration.ofSeconds(1));
            relay.relayDue();
            assertThat(deadLetters.list(null, new PageRequest(1, 10)).total()).as("two attempts so far").isZero();
            outbox.record(List.of(accepted("job_later")));
            clock.advance(Duration.ofSeconds(1));
            assertThat(relay.relayDue()).as("the later event is done; the third attempt gives up").isEqualTo(1);
            clock.advance(Duration.ofMinutes(30));
            assertThat(relay.relayDue()).as("nothing is tried after parking").isZero();

            assertThat(deadLetters.list(DeadLetter.Kind.EVENT, new PageRequest(1, 10)).items()).singleElement()
                    .satisfies(parked -> {
                        assertThat(parked.work()).isEqualTo("job.accepted");
                        assertThat(parked.subjectId()).isEqualTo("job_flaky");
                        assertThat(parked.handler()).isEqualTo("flaky");
                        assertThat(parked.attempts()).isEqualTo(3);
                        assertThat(parked.lastError()).isEqualTo("payment provider unavailable");
                    });
            assertThat(deadLetters.list(DeadLetter.Kind.TIMER, new PageRequest(1, 10)).total()).isZero();
            assertThat(metrics.parked(DeadLetter.Kind.EVENT)).isEqualTo(1);
            assertThat(log.warnings()).singleElement().satisfies(warning -> assertThat(warning).contains("flaky", "job_flaky"));
        }
        assertThat(steady.jobs()).containsExactly("job_flaky", "job_later");

        flaky.failures = 0;
        String parked = deadLetters.list(null, new PageRequest(1, 10)).items().getFirst().id();
        assertThat(deadLetters.retry(parked, clock.instant())).isPresent();
        assertThat(relay.relayDue()).isEqualTo(1);
        assertThat(flaky.jobs()).containsExactly("job_later", "job_flaky");
        assertThat(steady.jobs()).as("only the handler that gave up runs again").hasSize(2);
        assertThat(outbox.undelivered()).isEmpty();
    }

    @Test
    void aClaimedEventIsNotHandedOutAgainUntilItsLeaseLapses() {
        outbox.record(List.of(accepted("job_a")));
        assertThat(outbox.claim(T0, 10, Duration.ofSeconds(30))).hasSize(1);
        assertThat(outbox.claim(T0.plusSeconds(29), 10, Duration.ofSeconds(30))).as("another relay skips it").isEmpty();
        assertThat(outbox.claim(T0.plusSeconds(30), 10, Duration.ofSeconds(30)))
                .as("its relay died: delivered again").hasSize(1);
    }

    @Test
    void handlerNamesMustBeUnique() {
        assertThatThrownBy(() -> new EventRelay(outbox, List.of(new Recording("x", "a", 0), new Recording("x", "b", 0)),
                clock, EventRelay.Settings.DEFAULT, failures(RetryPolicy.DEFAULT))).isInstanceOf(IllegalArgumentException.class);
    }
}
