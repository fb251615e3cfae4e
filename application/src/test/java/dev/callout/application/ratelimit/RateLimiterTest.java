package dev.callout.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.TestClock;
import dev.callout.application.inmemory.InMemoryRateLimitCounters;
import dev.callout.application.port.RateLimitCounters;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final RateLimit GENERAL = new RateLimit("general", 100, Duration.ofMinutes(1));
    private static final RateLimit AUTH = new RateLimit("auth", 5, Duration.ofMinutes(1));

    private final TestClock clock = new TestClock(Instant.parse("2026-02-24T10:00:00Z"));
    private final InMemoryRateLimitCounters shared = new InMemoryRateLimitCounters();
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final RateLimitCounters counted = new RateLimitCounters() {
        @Override
        public Reservation reserve(String key, int wanted, int limit, Duration period, Instant now) {
            roundTrips.incrementAndGet();
            return shared.reserve(key, wanted, limit, period, now);
        }

        @Override
        public int deleteEnded(Instant now, int batch) {
            return shared.deleteEnded(now, batch);
        }
    };

    @Test
    void countsDownToTheLimitThenRefusesUntilTheWindowEnds() {
        RateLimiter limiter = new RateLimiter(counted, clock);
        for (int i = 1; i <= 5; i++) {
            Decision decision = limiter.take(AUTH, "address:203.0.113.7");
            assertThat(decision).isEqualTo(new Decision(true, 5, 5 - i, Duration.ofMinutes(1)));
        }
        clock.advance(Duration.ofSeconds(20));
        Decision refused = limiter.take(AUTH, "address:203.0.113.7");
        assertThat(refused).isEqualTo(new Decision(false, 5, 0, Duration.ofSeconds(40)));
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        assertThat(limiter.take(AUTH, "address:198.51.100.1").allowed()).as("another key").isTrue();

        clock.advance(Duration.ofSeconds(40));
        assertThat(limiter.take(AUTH, "address:203.0.113.7")).isEqualTo(new Decision(true, 5, 4, Duration.ofMinutes(1)));
    }

    @Test
    void mostRequestsAreAnsweredFromMemoryAndARefusalNeedsNoRoundTrip() {
        RateLimiter limiter = new RateLimiter(counted, clock);
        assertThat(limiter.takeLocally(GENERAL, "user:usr_1")).as("nothing reserved yet").isEmpty();
        for (int i = 1; i <= 100; i++) {
            Decision decision = limiter.takeLocally(GENERAL, "user:usr_1").orElseGet(() -> limiter.take(GENERAL, "user:usr_1"));
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(100 - i);
        }
        assertThat(roundTrips).as("one reservation per slice of ten").hasValue(10);

        assertThat(limiter.take(GENERAL, "user:usr_1").allowed()).isFalse();
        int afterFirstRefusal = roundTrips.get();
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.takeLocally(GENERAL, "user:usr_1")).hasValueSatisfying(d -> assertThat(d.allowed()).isFalse());
        }
        assertThat(roundTrips).hasValue(afterFirstRefusal);
    }

    @Test
    void nodesSharingTheCountersTogetherAllowTheLimitLessAtMostTheSlicesOthersHold() {
        RateLimiter[] nodes = {new RateLimiter(counted, clock), new RateLimiter(counted, clock), new RateLimiter(counted, clock)};
        int allowed = 0;
        for (int i = 0; i < 300; i++) {
            RateLimiter node = nodes[(i * 7 + i / 5) % nodes.length];
            if (node.take(GENERAL, "user:usr_2").allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(GENERAL.limit() - 2 * GENERAL.slice(), GENERAL.limit());

        int onOneNode = 0;
        for (int i = 0; i < 300; i++) {
            if (nodes[0].take(AUTH, "address:192.0.2.9").allowed()) {
                onOneNode++;
            }
            if (nodes[1].take(AUTH, "address:192.0.2.9").allowed()) {
                onOneNode++;
            }
        }
        assertThat(onOneNode).as("slices of one are exact").isEqualTo(5);
    }

    @Test
    void theStricterDecisionIsARefusalElseTheOneWithLessLeft() {
        Decision general = new Decision(true, 100, 80, Duration.ofSeconds(30));
        Decision auth = new Decision(true, 5, 2, Duration.ofSeconds(50));
        Decision refused = new Decision(false, 100, 0, Duration.ofSeconds(10));

        assertThat(general.stricter(auth)).isEqualTo(auth);
        assertThat(auth.stricter(general)).isEqualTo(auth);
        assertThat(auth.stricter(refused)).isEqualTo(refused);
        assertThat(refused.stricter(auth)).isEqualTo(refused);
    }

    @Test
    void longKeysAreStoredHashedAndStillCountApart() {
        String longer = "identifier:" + "a".repeat(500);
        String other = "identifier:" + "a".repeat(499) + "b";
        assertThat(RateLimiter.storedKey(AUTH, longer)).hasSizeLessThanOrEqualTo(RateLimiter.MAX_KEY_LENGTH)
                .isNotEqualTo(RateLimiter.storedKey(AUTH, other));
        assertThat(RateLimiter.storedKey(AUTH, "address:192.0.2.1")).isEqualTo("auth:address:192.0.2.1");
    }

    @Test
    void endedWindowsAreForgottenHereAndInTheSharedCounters() {
        RateLimiter limiter = new RateLimiter(counted, clock);
        limiter.take(AUTH, "address:192.0.2.1");
        limiter.take(GENERAL, "user:usr_3");
        clock.advance(Duration.ofSeconds(30));
        limiter.take(AUTH, "address:192.0.2.2");
        clock.advance(Duration.ofSeconds(31));

        assertThat(limiter.forgetEnded()).isEqualTo(2);
        assertThat(limiter.take(AUTH, "address:192.0.2.2").remaining()).as("a live window is kept").isEqualTo(3);
    }
}
