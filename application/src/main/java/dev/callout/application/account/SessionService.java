package dev.callout.application.account;

import dev.callout.application.port.Sessions;
import dev.callout.domain.user.UserId;
import java.time.Clock;

/** Logging out and checking sessions: both are one look at the session. */
public final class SessionService implements LogOutUseCase, CheckSessionUseCase {

    private final Sessions sessions;
    private final Clock clock;

    public SessionService(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void logOut(UserId userId, String sessionId) {
        if (isLive(userId, sessionId)) {
            sessions.revoke(sessionId, clock.instant(), "logged out");
        }
    }

    @Override
    public boolean isLive(UserId userId, String sessionId) {
        return sessionId != null && sessions.byId(sessionId)
                .filter(session -> session.userId().equals(userId) && !session.isRevoked())
                .isPresent();
    }
}
