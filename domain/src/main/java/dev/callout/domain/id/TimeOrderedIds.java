package dev.callout.domain.id;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * ULID-style identifiers: 48 bits of milliseconds then 80 random bits, in Crockford base 32, so
 * that they sort by creation time. Within one millisecond the random part is incremented, so ids
 * from one generator are strictly increasing.
 */
public final class TimeOrderedIds implements IdGenerator {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private long randomHigh; // 16 bits
    private long randomLow;  // 64 bits

    public TimeOrderedIds(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    @Override
    public String next(String prefix) {
        long millis;
        long high;
        long low;
        synchronized (this) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                randomLow++;
                if (randomLow == 0) {
                    randomHigh = (randomHigh + 1) & 0xFFFF;
                }
            } else {
                lastMillis = millis;
                randomHigh = random.nextLong() & 0xFFFF;
                randomLow = random.nextLong();
            }
            high = randomHigh;
            low = randomLow;
        }
        char[] out = new char[26];
        // 10 chars of time (50 bits, top 2 always zero for 48-bit millis)
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 16 chars of randomness: 80 bits = high(16) ++ low(64)
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return prefix + "_" + new String(out);
    }
}
