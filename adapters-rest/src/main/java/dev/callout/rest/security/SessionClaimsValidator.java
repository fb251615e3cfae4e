package dev.callout.rest.security;

import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.UserId;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Part of Micronaut Security's token validation: an access token is only good while its session
 * ({@code sid}) is live. Logout, a reused refresh token, a password reset, a suspension or a
 * deletion revokes the session, and every token of it stops working at once, on HTTP routes and
 * the WebSocket handshake alike. Tokens without a session are refused.
 *
 * <p>It asks the session check named {@link #SESSION_CHECK}, which may answer from a cache that
 * learns of revocations within a second on every node; socket frames ask the same one
 * ({@link CurrentActor#live}).
 */
@Singleton
public class SessionClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    public static final String SESSION_CHECK = "token-session-check";

    private final CheckSessionUseCase sessions;

    public SessionClaimsValidator(@Named(SESSION_CHECK) CheckSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Object subject = claims.get(Claims.SUBJECT);
        Object sessionId = claims.get(AccessTokens.SID);
        if (!(subject instanceof String user) || !(sessionId instanceof String sid) || !Prefixed.matches(user, UserId.PREFIX)) {
            return false;
        }
        return sessions.isLive(new UserId(user), sid);
    }
}
