package dev.callout.application.account;

import dev.callout.application.port.Sessions;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.RefreshToken;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class RefreshSessionService implements RefreshSessionUseCase {

    static final String REUSED = "refresh token reused";

    private final Sessions sessions;
    private final SessionRevocations revocations;
    private final Users users;
    private final SessionIssuer issuer;
    private final Transactions transactions;
    private final Clock clock;
    private final boolean rotation;

    public RefreshSessionService(Sessions sessions, SessionRevocations revocations, Users users, SessionIssuer issuer,
                                 Transactions transactions, Clock clock) {
        this(sessions, revocations, users, issuer, transactions, clock, true);
    }

    /** {@code rotation} false: a refresh token is fixed for its life and bound to its session's access tokens. */
    public RefreshSessionService(Sessions sessions, SessionRevocations revocations, Users users, SessionIssuer issuer,
                                 Transactions transactions, Clock clock, boolean rotation) {
        this.rotation = rotation;
        this.sessions = sessions;
        this.revocations = revocations;
        this.users = users;
        this.issuer = issuer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RefreshResult refresh(RefreshCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<RefreshToken> found = sessions.refreshToken(Hashes.sha256(command.refreshToken()));
            if (found.isEmpty()) {
                return new RefreshResult.Invalid();
            }
            RefreshToken presented = found.get();
            String bound = command.accessTokenSession();
            if ((bound == null && !rotation) || (bound != null && !bound.equals(presented.sessionId()))) {
                return new RefreshResult.Invalid();
            }
            Optional<Session> session = sessions.byId(presented.sessionId());
            if (session.isEmpty() || session.get().isRevoked()) {
                return new RefreshResult.Invalid();
            }
            if (presented.usedAt() != null) {
                revocations.revoke(session.get(), now, REUSED);
                return new RefreshResult.Invalid();
            }
            if (!now.isBefore(presented.expiresAt())) {
                return new RefreshResult.Invalid();
            }
            Optional<User> user = users.byId(session.get().userId()).filter(User::isActive);
            if (user.isEmpty()) {
                revocations.revoke(session.get(), now, "account not active");
                return new RefreshResult.Invalid();
            }
            if (!rotation) {
                return new RefreshResult.Refreshed(new SignedIn(user.get(), presented.sessionId(), command.refreshToken(),
                        presented.expiresAt()));
            }
            String next = issuer.newToken();
            RefreshToken successor = issuer.token(next, presented.sessionId(), now);
            if (!sessions.rotate(presented.hash(), now, successor)) {
                // another exchange of the same token won the race: the token was presented twice
                revocations.revoke(session.get(), now, REUSED);
                return new RefreshResult.Invalid();
            }
            return new RefreshResult.Refreshed(new SignedIn(user.get(), presented.sessionId(), next, successor.expiresAt()));
        });
    }
}
