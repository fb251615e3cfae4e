package dev.callout.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * One refresh token of a session, stored as the SHA-256 of the opaque value the client holds. It
 * is good for one exchange before {@code expiresAt}; presenting it again after {@code usedAt}
 * means it was copied, and the whole session is revoked (RFC 9700, section 4.14.2).
 */
public record RefreshToken(String hash, String sessionId, Instant issuedAt, Instant expiresAt, Instant usedAt) {

    public RefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
