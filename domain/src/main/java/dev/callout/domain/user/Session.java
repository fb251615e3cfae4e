package dev.callout.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * One sign-in of a user: the family of refresh tokens it rotates through, and the access tokens
 * issued from them (they carry its id as {@code sid}). Revoking it ends all of them at once.
 */
public record Session(String id, UserId userId, Instant startedAt, Instant revokedAt, String revokedReason) {

    public static final String PREFIX = "ses";

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
