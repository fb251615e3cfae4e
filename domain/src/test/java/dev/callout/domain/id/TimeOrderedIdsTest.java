package dev.callout.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOrderedIdsTest {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern USER_ID = Pattern.compile("usr_[0-9A-HJKMNP-TV-Z]{26}");
    private static final Instant T0 = Instant.parse("2026-11-21T19:23:30.123Z");

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Hands out the given longs in order, then falls back to a seeded generator. */
    static final class ScriptedRandom implements RandomGenerator {
        private final Deque<Long> script;
        private final SplittableRandom fallback = new SplittableRandom(1);

        ScriptedRandom(long... values) {
            script = new ArrayDeque<>();
            for (long value : values) {
                script.add(value);
            }
        }

        @Override
        public long nextLong() {
            return script.isEmpty() ? fallback.nextLong() : script.removeFirst();
        }
    }

    private static long decodeTime(String id) {
        String suffix = id.substring(id.indexOf('_') + 1);
        long millis = 0;
        for (char c : suffix.substring(0, 10).toCharArray()) {
            millis = millis * 32 + CROCKFORD.indexOf(c);
        }
        return millis;
    }

    private static void assertStrictlyIncreasing(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("id %d after %s", i, ids.get(i - 1)).isGreaterThan(ids.get(i - 1));
        }
    }

    @Test
    void prefixUnderscoreAndTwentySixCrockfordCharacters() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(T0, ZoneOffset.UTC), new SplittableRandom(42));

        String id = ids.next("usr");

        assertThat(id).matches(USER_ID);
        assertThat(id).hasSize(4 + 26);
        assertThat(decodeTime(id)).isEqualTo(T0.toEpochMilli());
        assertThat(ids.next("job")).startsWith("job_");
    }

    @Test
    void strictlyIncreasingWithinOneMillisecond() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(T0, ZoneOffset.UTC), new SplittableRandom(42));
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            generated.add(ids.next("usr"));
        }

        assertStrictlyIncreasing(generated);
        assertThat(new HashSet<>(generated)).hasSize(generated.size());
        assertThat(generated).allSatisfy(id -> {
            assertThat(id).matches(USER_ID);
            assertThat(decodeTime(id)).isEqualTo(T0.toEpochMilli());
        });
    }

    @Test
    void incrementCarriesIntoTheHighRandomBits() {
        // first millisecond: high 16 bits = 0, low 64 bits = all ones; the next id must carry
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(T0, ZoneOffset.UTC), new ScriptedRandom(0L, -1L));

        String first = ids.next("usr");
        String second = ids.next("usr");

        // 2^64 - 1 then 2^64 in the 80-bit random part (16 Crockford characters after the 10 of time)
        assertThat(first.substring(4 + 10)).isEqualTo("000FZZZZZZZZZZZZ");
        assertThat(second.substring(4 + 10)).isEqualTo("000G000000000000");
        assertThat(second.substring(0, 14)).isEqualTo(first.substring(0, 14));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void strictlyIncreasingAcrossMilliseconds() {
        MutableClock clock = new MutableClock(T0);
        TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(7));
        List<String> generated = new ArrayList<>();
        for (int ms = 0; ms < 200; ms++) {
            for (int i = 0; i < 5; i++) {
                generated.add(ids.next("usr"));
            }
            clock.advance(Duration.ofMillis(1));
        }

        assertStrictlyIncreasing(generated);
        assertThat(decodeTime(generated.getFirst())).isEqualTo(T0.toEpochMilli());
        assertThat(decodeTime(generated.getLast())).isEqualTo(T0.toEpochMilli() + 199);
    }

    @Test
    void staysIncreasingWhenTheClockStepsBack() {
        MutableClock clock = new MutableClock(T0);
        TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(7));

        String before = ids.next("usr");
        clock.set(T0.minusSeconds(30));
        String after = ids.next("usr");

        assertThat(after).isGreaterThan(before);
        assertThat(decodeTime(after)).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void uniqueAndWellFormedUnderConcurrency() throws Exception {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.systemUTC(), new SplittableRandom(3));
        int threads = 8;
        int perThread = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(ids.next("job"));
                    }
                    return mine;
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> future : futures) {
                List<String> mine = future.get();
                assertStrictlyIncreasing(mine); // each thread sees the generator's order
                all.addAll(mine);
            }
            assertThat(all).hasSize(threads * perThread);
            assertThat(all).allSatisfy(id -> assertThat(id).matches("job_[0-9A-HJKMNP-TV-Z]{26}"));
        }
    }

    @Test
    void typedIdsCarryTheirPrefix() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(T0, ZoneOffset.UTC), new SplittableRandom(1));

        assertThat(UserId.next(ids).value()).startsWith("usr_");
        assertThat(JobId.next(ids).value()).startsWith("job_");
        assertThat(new UserId("usr_x").toString()).isEqualTo("usr_x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"job_01JDQ0000000000000000000", "usr", "usr_", "usr01JDQ", "USR_01JDQ", "_usr_1", ""})
    void userIdRejectsWrongPrefixes(String value) {
        assertThatThrownBy(() -> new UserId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"usr_01JDQ0000000000000000000", "job", "job_", "jobs_1", "pay_1"})
    void jobIdRejectsWrongPrefixes(String value) {
        assertThatThrownBy(() -> new JobId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsRejectNullAndOverlongValues() {
        assertThatThrownBy(() -> new UserId(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobId("job_" + "x".repeat(61))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new JobId("job_" + "x".repeat(60)).value()).hasSize(64);
        assertThat(Prefixed.matches("usr_1", "usr")).isTrue();
        assertThat(Prefixed.matches("usr_", "usr")).isFalse();
        assertThat(Prefixed.matches(null, "usr")).isFalse();
    }
}
