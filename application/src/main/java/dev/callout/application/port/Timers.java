package dev.callout.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Durable timed work (an offer step ending, a scheduled job's dispatch starting). A timer set in
 * a transaction exists only if it commits; it survives restarts and fires on exactly one node.
 */
public interface Timers {

    void schedule(Timer timer);

    /**
     * The earliest timer due at {@code now}, claimed by the current transaction: gone for good
     * when it commits, due again if it rolls back, and skipped by other nodes meanwhile.
     */
    Optional<Timer> claimDue(Instant now);
}
