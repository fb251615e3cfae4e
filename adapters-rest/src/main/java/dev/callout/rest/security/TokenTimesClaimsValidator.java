package dev.callout.rest.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Part of Micronaut Security's token validation (the built-in expiration check lets a token
 * without {@code exp} live forever): {@code exp} and {@code iat} are required, the token has not
 * expired, it was not issued or made valid ({@code nbf}) in the future beyond the clock skew, and it
 * claims no longer a life than an access token gets. Applies to HTTP routes and socket handshakes
 * and renewals alike.
 */
@Singleton
public class TokenTimesClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final TokenSettings settings;
    private final Clock clock;

    public TokenTimesClaimsValidator(TokenSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Date expires = set.getExpirationTime();
        Date issued = set.getIssueTime();
        if (expires == null || issued == null) {
            return false;
        }
        Instant now = clock.instant();
        Duration skew = settings.getClockSkew();
        Instant latestIssue = now.plus(skew);
        Date notBefore = set.getNotBeforeTime();
        return now.isBefore(expires.toInstant())
                && !issued.toInstant().isAfter(latestIssue)
                && (notBefore == null || !notBefore.toInstant().isAfter(latestIssue))
                && !expires.toInstant().isAfter(issued.toInstant().plus(settings.getAccessTokenTtl()).plus(skew));
    }
}
