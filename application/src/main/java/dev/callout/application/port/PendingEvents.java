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
 * reports lets the lease lapse and another relay delivers them again (at least once).
 */
public interface PendingEvents {

    /** Up to {@code max} events due at {@code now} and not leased, oldest first, leased until {@code now + lease}. */
    List<PendingEvent> claim(Instant now, int max, Duration lease);

    /** Every handler took the event. */
    void delivered(long id);

    /** Some handlers failed: try just those again at {@code retryAt}. */
    void retryLater(long id, Set<String> handlersLeft, Instant retryAt, String error);

    /**
     * A recorded event. {@code handlersLeft} names the handlers still to run after failed attempts;
     * it is empty before the first attempt, meaning every handler of the type.
     */
    record PendingEvent(long id, DomainEvent event, int attempts, Set<String> handlersLeft) {
        public PendingEvent {
            Objects.requireNonNull(event, "event");
            handlersLeft = Set.copyOf(handlersLeft);
        }
    }
}
