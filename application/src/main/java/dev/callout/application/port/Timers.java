package dev.callout.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Durable timed work (an offer step ending, a scheduled job's dispatch starting). A timer set in
 * a transaction exists only if it commits; it survives restarts and fires on exactly one node.
 * A timer whose work fails is tried again later, alone, and after the last attempt it is parked
 * as a {@link DeadLetter}, so it never holds up the timers after it.
 */
public interface Timers {

    void schedule(Timer timer);

    /**
     * The timer whose next attempt is the earliest due at {@code now}, claimed by the current
     * transaction: gone for good when it commits, due again if it rolls back, and skipped by other
     * nodes meanwhile.
     */
    Optional<Claimed> claimDue(Instant now);

    /**
     * The work of {@code claimed} failed and its transaction rolled back: count the attempt and
     * try again at {@code retryAt}. Does nothing if another node recorded that attempt first.
     */
    void retryLater(Claimed claimed, Instant retryAt, String error);

    /**
     * The last attempt of {@code claimed} failed: it becomes {@code deadLetter} and is no longer
     * due. False, and nothing changes, if another node recorded that attempt first.
     */
    boolean park(Claimed claimed, DeadLetter deadLetter);

    /** A claimed timer: its store's id and how many attempts at its work failed before. */
    record Claimed(long id, Timer timer, int failedAttempts) {
        public Claimed {
            Objects.requireNonNull(timer, "timer");
        }
    }
}
