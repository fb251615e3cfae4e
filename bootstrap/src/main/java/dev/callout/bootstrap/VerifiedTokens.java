package dev.callout.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWT;
import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.domain.user.UserId;
import dev.callout.rest.security.AccessTokens;
import dev.callout.rest.security.SessionClaimsValidator;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The security filter's token check (in place of Micronaut's reactive one, turned off in
 * application.yml). A token is verified once in full, signature and every claims validator, the
 * session's included, and remembered until it expires; presented again it is only checked against
 * the clock and, through the same session check the claims validator asks, its session, so a
 * revoked session's tokens stop working exactly as fast as before. What a repeat skips is Nimbus
 * parsing the header and claims and computing the HMAC: about a tenth of an authenticated read's
 * CPU and two fifths of its allocations.
 *
 * <p>A repeat whose session this node found live within the second is answered on the calling
 * thread (the event loop) from memory alone; anything that may ask PostgreSQL (a new token, a
 * session to look up again) runs on the blocking executor, so the event loop never waits on it.
 */
@Singleton
final class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    /** Tokens of this many recent callers are kept (well under 20 MB). */
    static final int MAX_TOKENS = 10_000;

    private record Verified(Authentication authentication, UserId userId, String sessionId, Instant expires) {
    }

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> tokens;
    private final JwtAuthenticationFactory authentications;
    private final LiveSessionCache liveSessions;
    private final CheckSessionUseCase sessions;
    private final Clock clock;
    private final Scheduler blocking;
    private final Cache<String, Verified> verified;

    VerifiedTokens(JsonWebTokenValidator<JWT, HttpRequest<?>> tokens, JwtAuthenticationFactory authentications,
                   LiveSessionCache liveSessions, @Named(SessionClaimsValidator.SESSION_CHECK) CheckSessionUseCase sessions,
                   Clock clock, @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.tokens = tokens;
        this.authentications = authentications;
        this.liveSessions = liveSessions;
        this.sessions = sessions;
        this.clock = clock;
        this.blocking = Schedulers.fromExecutor(blocking);
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Verified>creating((token, entry) -> lifeLeft(entry))).build();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Verified known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.expires()) && liveSessions.knownLive(known.userId(), known.sessionId())) {
            return Mono.just(known.authentication());
        }
        return Mono.fromCallable(() -> authenticate(token, request).orElse(null)).subscribeOn(blocking);
    }

    /** The full answer, which may ask PostgreSQL about the session. */
    Optional<Authentication> authenticate(String token, HttpRequest<?> request) {
        Verified known = verified.getIfPresent(token);
        if (known == null) {
            Optional<Authentication> authentication = tokens.validate(token, request).flatMap(authentications::createAuthentication);
            authentication.flatMap(VerifiedTokens::verified).ifPresent(entry -> verified.put(token, entry));
            return authentication;
        }
        if (clock.instant().isBefore(known.expires()) && sessions.isLive(known.userId(), known.sessionId())) {
            return Optional.of(known.authentication());
        }
        verified.invalidate(token);
        return Optional.empty();
    }

    private static Optional<Verified> verified(Authentication authentication) {
        return authentication.getAttributes().get(AccessTokens.SID) instanceof String session
                && authentication.getAttributes().get("exp") instanceof Date expiry
                ? Optional.of(new Verified(authentication, new UserId(authentication.getName()), session, expiry.toInstant()))
                : Optional.empty();
    }

    private Duration lifeLeft(Verified entry) {
        Duration left = Duration.between(clock.instant(), entry.expires());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
