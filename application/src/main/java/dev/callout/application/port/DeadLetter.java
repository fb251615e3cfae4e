package dev.callout.application.port;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Background work given up on after its last attempt, kept until an admin puts it back: a timer
 * ({@code work} is its kind, e.g. {@code step_ends}, and {@code subjectId} its job), or one
 * handler's delivery of an event ({@code work} is the event type, {@code subjectId} the event's
 * subject, {@code handler} the handler that gave up).
 */
public record DeadLetter(String id, Kind kind, String work, String subjectId, String handler, int attempts,
                         String lastError, Instant parkedAt) {

    public static final String PREFIX = "dlt";

    public enum Kind {
        TIMER, EVENT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromWireName(String name) {
            for (Kind kind : values()) {
                if (kind.wireName().equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(parkedAt, "parkedAt");
        if ((kind == Kind.EVENT) != (handler != null)) {
            throw new IllegalArgumentException("an event's dead letter names its handler, a timer's none");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("a dead letter failed at least once");
        }
    }
}
