package dev.callout.application.port;

import dev.callout.domain.user.RefreshToken;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Sign-in sessions and their refresh tokens (stored hashed). */
public interface Sessions {

    void start(Session session, RefreshToken first);

    Optional<Session> byId(String sessionId);

    Optional<RefreshToken> refreshToken(String hash);

    /**
     * Marks the token used and stores its successor, only if it was unused: false when another
     * exchange got there first (a replay), in which case nothing is written.
     */
    boolean rotate(String usedHash, Instant usedAt, RefreshToken next);

    /** Ends the session; a session already ended keeps its first reason. */
    void revoke(String sessionId, Instant at, String reason);

    /** Ends every live session of the user; returns how many. */
    int revokeAll(UserId userId, Instant at, String reason);
}
