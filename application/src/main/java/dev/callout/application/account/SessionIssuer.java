package dev.callout.application.account;

import dev.callout.application.port.Sessions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.RefreshToken;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.random.RandomGenerator;

/** Starts sessions and mints their opaque refresh tokens (256 random bits; only the hash is stored). */
public final class SessionIssuer {

    static final String TOKEN_PREFIX = "rt_";

    private final Sessions sessions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final AccountPolicy policy;

    public SessionIssuer(Sessions sessions, Clock clock, IdGenerator ids, RandomGenerator random, AccountPolicy policy) {
        this.sessions = sessions;
        this.clock = clock;
        this.ids = ids;
        this.random = random;
        this.policy = policy;
    }

    public SignedIn start(User user) {
        Instant now = clock.instant();
        Session session = new Session(ids.next(Session.PREFIX), user.id(), now, null, null);
        String token = newToken();
        RefreshToken first = token(token, session.id(), now);
        sessions.start(session, first);
        return new SignedIn(user, session.id(), token, first.expiresAt());
    }

    String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    RefreshToken token(String value, String sessionId, Instant now) {
        return new RefreshToken(Hashes.sha256(value), sessionId, now, now.plus(policy.refreshTokenTtl()), null);
    }
}
