package dev.callout.application.account;

import dev.callout.application.port.Sessions;
import dev.callout.application.port.Transactions;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/** Logging out and checking sessions: both are one look at the session. */
public final class SessionService implements LogOutUseCase, CheckSessionUseCase {

    private final Sessions sessions;
    private final SessionRevocations revocations;
    private final Transactions transactions;
    private final Clock clock;

    public SessionService(Sessions sessions, SessionRevocations revocations, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.revocations = revocations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logOut(UserId userId, String sessionId) {
        transactions.inTransaction(() -> {
            live(userId, sessionId).ifPresent(session -> revocations.revoke(session, clock.instant(), "logged out"));
            return null;
        });
    }

    @Override
    public boolean isLive(UserId userId, String sessionId) {
        return live(userId, sessionId).isPresent();
    }

    private Optional<Session> live(UserId userId, String sessionId) {
        return sessionId == null ? Optional.empty() : sessions.byId(sessionId)
                .filter(session -> session.userId().equals(userId) && !session.isRevoked());
    }
}
