package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.domain.user.UserId;
import dev.callout.rest.security.AccessTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * A token is verified in full once; presented again it is answered from memory while it has not
 * expired and its session is live, and verified in full again once it is refused. Only an answer
 * memory alone gives stays on the calling thread.
 */
class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-02T01:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(900);

    private final Set<String> liveSessions = new HashSet<>(Set.of("ses_a", "ses_b"));
    /** The session store's answer. */
    private final CheckSessionUseCase sessions = (userId, sessionId) -> liveSessions.contains(sessionId);
    private final AtomicLong nanos = new AtomicLong();
    private final LiveSessionCache cache = new LiveSessionCache(new InMemoryLiveEvents(), nanos::get);
    /** The session check as the application wires it: the store's answer, remembered by the cache. */
    private final CheckSessionUseCase cachedSessions = cache.checking(sessions);
    /** The tokens the full check accepts, by their text, while their session is live; and how often it ran. */
    private final Map<String, JWT> valid = Map.of("token-a", jwt("usr_01JMARIA", "ses_a"), "token-b", jwt("usr_01JJUAN", "ses_b"));
    private final List<String> fullChecks = new ArrayList<>();
    private final JsonWebTokenValidator<JWT, HttpRequest<?>> fullCheck = (token, request) -> {
        fullChecks.add(token);
        return Optional.ofNullable(valid.get(token)).filter(jwt -> {
            try {
                JWTClaimsSet claims = jwt.getJWTClaimsSet();
                return cachedSessions.isLive(new UserId(claims.getSubject()), claims.getStringClaim(AccessTokens.SID));
            } catch (java.text.ParseException e) {
                return false;
            }
        });
    };
    private final JwtAuthenticationFactory authentications = jwt -> {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return Optional.of(Authentication.build(claims.getSubject(), claims.getClaims()));
        } catch (java.text.ParseException e) {
            return Optional.empty();
        }
    };
    private final AtomicReference<Instant> now = new AtomicReference<>(ISSUED.plusSeconds(1));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicInteger offloaded = new AtomicInteger();
    private final Executor blocking = work -> {
        offloaded.incrementAndGet();
        work.run();
    };
    /** Asks the store on every repeat, so a revocation shows at once. */
    private final VerifiedTokens tokens = new VerifiedTokens(fullCheck, authentications, cache, sessions, clock, blocking);
    private final VerifiedTokens cached = new VerifiedTokens(fullCheck, authentications, cache, cachedSessions, clock, blocking);

    @Test
    void onlyARepeatWhoseSessionThisNodeKnowsLiveIsAnsweredOnTheCallingThread() {
        assertThat(Mono.from(cached.validateToken("token-a", null)).block()).isNotNull();
        assertThat(offloaded).as("a new token is verified off the calling thread").hasValue(1);

        assertThat(Mono.from(cached.validateToken("token-a", null)).block().getName()).isEqualTo("usr_01JMARIA");
        assertThat(offloaded).as("a repeat of a session known live").hasValue(1);

        nanos.addAndGet(LiveSessionCache.MAX_AGE.toNanos() + 1);
        assertThat(Mono.from(cached.validateToken("token-a", null)).block()).isNotNull();
        assertThat(offloaded).as("the session must be asked again").hasValue(2);
        assertThat(fullChecks).containsExactly("token-a");
    }

    @Test
    void aTokenPresentedAgainIsNotVerifiedAgainAndAnswersTheSameCaller() {
        Authentication first = tokens.authenticate("token-a", null).orElseThrow();
        Authentication again = tokens.authenticate("token-a", null).orElseThrow();
        Authentication other = tokens.authenticate("token-b", null).orElseThrow();

        assertThat(again).isSameAs(first);
        assertThat(first.getName()).isEqualTo("usr_01JMARIA");
        assertThat(other.getName()).isEqualTo("usr_01JJUAN");
        assertThat(fullChecks).containsExactly("token-a", "token-b");
    }

    @Test
    void aRememberedTokenDiesWithItsSessionAndGoesBackToTheFullCheck() {
        tokens.authenticate("token-a", null).orElseThrow();
        liveSessions.remove("ses_a");

        assertThat(tokens.authenticate("token-a", null)).isEmpty();
        assertThat(tokens.authenticate("token-b", null)).as("another session's token").isPresent();
        assertThat(fullChecks).containsExactly("token-a", "token-b");

        tokens.authenticate("token-a", null);
        assertThat(fullChecks).as("refused once, checked in full again").containsExactly("token-a", "token-b", "token-a");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        tokens.authenticate("token-a", null).orElseThrow();
        now.set(EXPIRES.minusMillis(1));
        assertThat(tokens.authenticate("token-a", null)).isPresent();

        now.set(EXPIRES);

        assertThat(tokens.authenticate("token-a", null)).isEmpty();
        assertThat(fullChecks).containsExactly("token-a");
    }

    @Test
    void aTokenTheFullCheckRefusesIsNeverRemembered() {
        assertThat(tokens.authenticate("forged", null)).isEmpty();
        assertThat(tokens.authenticate("forged", null)).isEmpty();

        assertThat(fullChecks).containsExactly("forged", "forged");
    }

    private static JWT jwt(String subject, String session) {
        return new PlainJWT(new JWTClaimsSet.Builder().subject(subject).claim(AccessTokens.SID, session)
                .issueTime(Date.from(ISSUED)).expirationTime(Date.from(EXPIRES)).build());
    }
}
