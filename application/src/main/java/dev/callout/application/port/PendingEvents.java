package dev.callout.application.port;

import dev.callout.domain.event.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outbox as the relay reads it: events recorded by committed transactions and not yet
 * handled. A claim leases events to one relay for {@code lease}; a relay that dies before it
 * reports lets the lease lapse and another relay delivers them again (at least once). A report
 * counts only while its lease holds: one from a relay whose lease lapsed, or made after an admin
 * put a dead letter of the event back, changes nothing (the event is delivered again).
 */
public interface PendingEvents {

    /** Up to {@code max} events due at {@code now} and not leased, oldest first, leased until {@code now + lease}. */
    List<PendingEvent> claim(Instant now, int max, Duration lease);

    /** Every handler due took the event. */
    void delivered(PendingEvent event);

    /** Some handlers failed: try just those again at {@code retryAt}. */
    void retryLater(PendingEvent event, Set<String> handlersLeft, Instant retryAt, String error);

    /**
     * The handlers that failed the last attempt give up: each becomes one of {@code deadLetters}
     * (they name the handlers) and the relay is done with the event. False, and nothing changes,
     * when the lease no longer holds.
     */
    boolean park(PendingEvent event, List<DeadLetter> deadLetters);

    /**
     * A recorded event of {@code type} about {@code subjectId}. {@code event} is null when the
     * stored event could not be read ({@code unreadable} says why): it counts as a failure of
     * every handler of the type. {@code handlersLeft} names the handlers still to run after failed
     * attempts; it is empty before the first attempt, meaning every handler of the type.
     * {@code leasedUntil} identifies the claim that reports.
     */
    record PendingEvent(long id, String type, String subjectId, DomainEvent event, String unreadable,
                        int failedAttempts, Set<String> handlersLeft, Instant leasedUntil) {
        public PendingEvent {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(leasedUntil, "leasedUntil");
            if ((event == null) == (unreadable == null)) {
                throw new IllegalArgumentException("an event, or why it cannot be read");
            }
            handlersLeft = Set.copyOf(handlersLeft);
        }

        public static PendingEvent of(long id, DomainEvent event, int failedAttempts, Set<String> handlersLeft,
                                      Instant leasedUntil) {
            return new PendingEvent(id, event.type(), event.subjectId(), event, null, failedAttempts, handlersLeft,
                    leasedUntil);
        }
    }
}
