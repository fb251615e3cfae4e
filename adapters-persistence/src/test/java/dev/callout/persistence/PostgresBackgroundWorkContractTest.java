package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.background.FailedWork;
import dev.callout.application.background.RetryPolicy;
import dev.callout.application.contract.BackgroundWorkContract;
import dev.callout.application.event.EventHandler;
import dev.callout.application.event.EventRelay;
import dev.callout.application.inmemory.InMemoryDeadLetterMetrics;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PendingEvents;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.id.TimeOrderedIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on PostgreSQL, and what only rows can hold: an event that cannot be read back. */
class PostgresBackgroundWorkContractTest extends BackgroundWorkContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected void emptyStores() {
        database.truncate("dead_letters", "timers", "outbox");
    }

    @Test
    void anUnreadableEventFailsEachHandlerOfItsTypeAndIsParkedAfterTheLastAttempt() {
        database.execute("""
                INSERT INTO outbox (event_type, subject_id, payload, occurred_at)
                VALUES ('job.accepted', 'job_unreadable', '{"job_id": 5}', now())""");
        List<DomainEvent> handled = new ArrayList<>();
        EventHandler payments = handler("payments", "job.accepted", handled);
        EventHandler chat = handler("chat", "message.received", handled);
        Clock clock = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        InMemoryDeadLetterMetrics metrics = new InMemoryDeadLetterMetrics();
        EventRelay relay = new EventRelay(pendingEvents(), List.of(payments, chat), clock, EventRelay.Settings.DEFAULT,
                new FailedWork(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                        new TimeOrderedIds(clock, new SplittableRandom(3)), metrics));

        assertThat(relay.relayDue()).isZero();

        assertThat(handled).isEmpty();
        assertThat(deadLetters().list(null, new PageRequest(1, 10)).items()).singleElement().satisfies(parked -> {
            assertThat(parked.work()).isEqualTo("job.accepted");
            assertThat(parked.subjectId()).isEqualTo("job_unreadable");
            assertThat(parked.handler()).as("only the handler of the type").isEqualTo("payments");
            assertThat(parked.lastError()).startsWith("the stored event cannot be read");
        });
        assertThat(metrics.parked(DeadLetter.Kind.EVENT)).isEqualTo(1);
        assertThat(database.number("SELECT count(*) FROM outbox WHERE published_at IS NULL")).isZero();
    }

    private static EventHandler handler(String name, String type, List<DomainEvent> handled) {
        return new EventHandler() {
            @Override
            public boolean handles(String eventType) {
                return eventType.equals(type);
            }

            @Override
            public void handle(DomainEvent event) {
                handled.add(event);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Override
    protected Timers timers() {
        return database.bean(PostgresTimers.class);
    }

    @Override
    protected Outbox outbox() {
        return database.bean(PostgresOutbox.class);
    }

    @Override
    protected PendingEvents pendingEvents() {
        return database.bean(PostgresPendingEvents.class);
    }

    @Override
    protected DeadLetters deadLetters() {
        return database.bean(PostgresDeadLetters.class);
    }

    @Override
    protected Transactions transactions() {
        return database.bean(PostgresTransactions.class);
    }
}
