package dev.callout.application.port;

import java.time.Instant;

/** The gateway events already handled, so a redelivered event has no second effect. */
public interface ProcessedWebhooks {

    /**
     * Records the event as handled, in the caller's transaction; false if it already was. Two
     * concurrent callers with the same id: exactly one gets true. {@code ignoredBecause} says why
     * an event had no effect, null when it was applied.
     */
    boolean markProcessed(String eventId, String type, String ignoredBecause, Instant at);

    /** Whether the event is recorded as handled (committed, or marked in the caller's transaction). */
    boolean isProcessed(String eventId);
}
