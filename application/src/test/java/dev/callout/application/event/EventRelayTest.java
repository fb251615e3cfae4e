package dev.callout.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.TestClock;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRelayTest {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();

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
    }

    private static JobEvent.JobAccepted accepted(String job) {
        return new JobEvent.JobAccepted(new JobId(job), new UserId("usr_c"), new UserId("usr_p"), T0);
    }

    @Test
    void aFailingHandlerIsRetriedAloneWithBackoffAndDoesNotHoldUpTheRest() {
        Recording steady = new Recording("steady", "job.accepted", 0);
        Recording flaky = new Recording("flaky", "job.accepted", 2);
        Recording other = new Recording("other", "job.posted", 0);
        EventRelay relay = new EventRelay(outbox, List.of(steady, flaky, other), clock, EventRelay.Settings.DEFAULT);
        outbox.record(List.of(accepted("job_flaky"), accepted("job_fine")));

        assertThat(relay.relayDue()).as("the second event is finished, the first waits").isEqualTo(1);
        assertThat(steady.handled).extracting(e -> ((JobEvent) e).jobId().value()).containsExactly("job_flaky", "job_fine");
        assertThat(flaky.handled).extracting(e -> ((JobEvent) e).jobId().value()).containsExactly("job_fine");
        assertThat(other.handled).isEmpty();

        clock.advance(Duration.ofMillis(999));
        assertThat(relay.relayDue()).as("not before the first backoff").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(relay.relayDue()).as("fails again: now 2 s").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.relayDue()).isEqualTo(1);

        assertThat(flaky.handled).extracting(e -> ((JobEvent) e).jobId().value()).containsExactly("job_fine", "job_flaky");
        assertThat(steady.handled).as("the handler that succeeded is not run again").hasSize(2);
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
    void backoffDoublesUpToTheMaximum() {
        EventRelay relay = new EventRelay(outbox, List.of(), clock,
                new EventRelay.Settings(10, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(60)));
        assertThat(relay.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(relay.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(relay.backoff(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(relay.backoff(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void handlerNamesMustBeUnique() {
        assertThatThrownBy(() -> new EventRelay(outbox, List.of(new Recording("x", "a", 0), new Recording("x", "b", 0)),
                clock, EventRelay.Settings.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
    }
}
