package dev.callout.rest.security;

import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Who is asking, read from the accounts with the session's check, so a role or category change,
 * a suspension or a deletion takes effect within a second rather than when the token expires.
 * Only active accounts act.
 */
@Singleton
public class CurrentActor {

    private final GetUserUseCase users;
    private final SessionAccounts sessionAccounts;
    private final CheckSessionUseCase sessions;

    public CurrentActor(GetUserUseCase users, SessionAccounts sessionAccounts,
                        @Named(SessionClaimsValidator.SESSION_CHECK) CheckSessionUseCase sessions) {
        this.users = users;
        this.sessionAccounts = sessionAccounts;
        this.sessions = sessions;
    }

    public User user(Authentication authentication) {
        String subject = authentication.getName();
        if (!Prefixed.matches(subject, UserId.PREFIX)) {
            throw unauthenticated();
        }
        UserId userId = new UserId(subject);
        Optional<User> account = authentication.getAttributes().get(AccessTokens.SID) instanceof String session
                ? sessionAccounts.of(userId, session) : users.byId(userId);
        return account.filter(user -> user.status() == AccountStatus.ACTIVE)
                .orElseThrow(CurrentActor::unauthenticated);
    }

    /** The session the caller's access token belongs to. */
    public String sessionId(Authentication authentication) {
        Object sid = authentication.getAttributes().get(AccessTokens.SID);
        if (!(sid instanceof String session)) {
            throw unauthenticated();
        }
        return session;
    }

    /** When the caller's access token expires (the token's claims, as the JWT library read them). */
    public Instant expiresAt(Authentication authentication) {
        if (!(authentication.getAttributes().get("exp") instanceof Date expiry)) {
            throw unauthenticated();
        }
        return expiry.toInstant();
    }

    /**
     * The account while its session is live and it is active: what a long-lived connection checks
     * before each thing it does, since its token was checked only once. Both answers come from the
     * same session check and account memory as a request's (a revoked session or a changed account
     * shows within a second on every node), so a stream of frames does not query them each time.
     */
    public Optional<User> live(UserId userId, String sessionId) {
        return sessions.isLive(userId, sessionId)
                ? sessionAccounts.of(userId, sessionId).filter(user -> user.status() == AccountStatus.ACTIVE) : Optional.empty();
    }

    public Actor of(Authentication authentication) {
        return user(authentication).asActor();
    }

    private static ApiError unauthenticated() {
        return new ApiError(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "a valid access token is required");
    }
}
