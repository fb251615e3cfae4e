package dev.callout.rest.security;

import dev.callout.domain.user.User;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues short-lived signed access tokens: issuer, audience, subject, role, a token id and the
 * session ({@code sid}) they belong to, which {@link SessionClaimsValidator} checks on every request.
 */
@Singleton
public class AccessTokens {

    private final TokenGenerator generator;
    private final TokenSettings settings;
    private final Clock clock;

    public AccessTokens(TokenGenerator generator, TokenSettings settings, Clock clock) {
        this.generator = generator;
        this.settings = settings;
        this.clock = clock;
    }

    public static final String SID = "sid";

    public record Issued(String token, long expiresInSeconds) {
    }

    public Issued issue(User user, String sessionId) {
        long now = clock.instant().getEpochSecond();
        long ttl = settings.getAccessTokenTtl().toSeconds();
        Map<String, Object> claims = Map.of(
                "iss", settings.getIssuer(),
                "aud", settings.getAudience(),
                "sub", user.id().value(),
                "roles", List.of(user.role().wireName()),
                "jti", UUID.randomUUID().toString(),
                SID, sessionId,
                "iat", now,
                "nbf", now,
                "exp", now + ttl);
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("no token signer configured"));
        return new Issued(token, ttl);
    }
}
