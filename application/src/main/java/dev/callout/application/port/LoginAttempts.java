package dev.callout.application.port;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins per key (an identifier, an address), for slowing down and locking out guessers. */
public interface LoginAttempts {

    /** Failures counted for the key since the start of its window, and when the last one was. */
    record Failures(int count, Instant windowStart, Instant last) {
    }

    Optional<Failures> failures(String key);

    /** Counts one more failure; a window older than {@code windowStartsAfter} starts again at one. */
    Failures recordFailure(String key, Instant at, Instant windowStartsAfter);

    void clear(String key);
}
