package dev.callout.application.inmemory;

import dev.callout.application.port.Sessions;
import dev.callout.domain.user.RefreshToken;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions and refresh tokens in maps. */
public final class InMemorySessions implements Sessions {

    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, RefreshToken> tokens = new HashMap<>();

    @Override
    public synchronized void start(Session session, RefreshToken first) {
        sessions.put(session.id(), session);
        tokens.put(first.hash(), first);
    }

    @Override
    public synchronized Optional<Session> byId(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized Optional<RefreshToken> refreshToken(String hash) {
        return Optional.ofNullable(tokens.get(hash));
    }

    @Override
    public synchronized boolean rotate(String usedHash, Instant usedAt, RefreshToken next) {
        RefreshToken used = tokens.get(usedHash);
        if (used == null || used.usedAt() != null) {
            return false;
        }
        tokens.put(usedHash, new RefreshToken(used.hash(), used.sessionId(), used.issuedAt(), used.expiresAt(), usedAt));
        tokens.put(next.hash(), next);
        return true;
    }

    @Override
    public synchronized void revoke(String sessionId, Instant at, String reason) {
        sessions.computeIfPresent(sessionId, (id, session) -> session.isRevoked() ? session
                : new Session(id, session.userId(), session.startedAt(), at, reason));
    }

    @Override
    public synchronized int revokeAll(UserId userId, Instant at, String reason) {
        int revoked = 0;
        for (Session session : sessions.values().stream().filter(s -> s.userId().equals(userId) && !s.isRevoked()).toList()) {
            revoke(session.id(), at, reason);
            revoked++;
        }
        return revoked;
    }
}
