package dev.callout.application.account;

import dev.callout.application.port.Outbox;
import dev.callout.application.port.Sessions;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Ends sessions and records {@link SessionsRevoked} with them, in the caller's transaction: every
 * revocation (logout, a reused refresh token, suspension, deletion, password reset) goes through
 * here, so none is missed by the sockets and caches that listen for it.
 */
public final class SessionRevocations {

    private final Sessions sessions;
    private final Outbox outbox;

    public SessionRevocations(Sessions sessions, Outbox outbox) {
        this.sessions = sessions;
        this.outbox = outbox;
    }

    public void revoke(Session session, Instant at, String reason) {
        sessions.revoke(session.id(), at, reason);
        outbox.record(List.of(new SessionsRevoked(session.userId(), session.id(), reason, at)));
    }

    public void revokeAll(UserId userId, Instant at, String reason) {
        sessions.revokeAll(userId, at, reason);
        outbox.record(List.of(new SessionsRevoked(userId, null, reason, at)));
    }
}
