package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * The dead letters of {@link Timers} and {@link PendingEvents}, newest first. The stores park
 * work here themselves; this port lists it and puts it back.
 */
public interface DeadLetters {

    /** Dead letters of one kind, or of every kind when {@code kind} is null. */
    Page<DeadLetter> list(DeadLetter.Kind kind, PageRequest page);

    /**
     * Puts the work back as due at {@code now} with a fresh count of attempts (a timer as it was
     * set, an event for just this handler) and forgets the dead letter. Empty when there is none.
     */
    Optional<DeadLetter> retry(String id, Instant now);
}
