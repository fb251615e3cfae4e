package dev.callout.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A record of an administrative act: who did it (null for the system, such as the command line),
 * what, to whom, with the admin's note.
 */
public record AuditEntry(String id, UserId actorId, String action, String targetId, String note, Instant at) {

    public static final String PREFIX = "aud";

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(at, "at");
    }
}
