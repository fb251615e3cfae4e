package dev.callout.application.inmemory;

import dev.callout.application.port.LoginAttempts;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failure counts in a map. */
public final class InMemoryLoginAttempts implements LoginAttempts {

    private final Map<String, Failures> failures = new HashMap<>();

    @Override
    public synchronized Optional<Failures> failures(String key) {
        return Optional.ofNullable(failures.get(key));
    }

    @Override
    public synchronized Failures recordFailure(String key, Instant at, Instant windowStartsAfter) {
        Failures earlier = failures.get(key);
        Failures now = earlier == null || earlier.windowStart().isBefore(windowStartsAfter)
                ? new Failures(1, at, at)
                : new Failures(earlier.count() + 1, earlier.windowStart(), at);
        failures.put(key, now);
        return now;
    }

    @Override
    public synchronized void clear(String key) {
        failures.remove(key);
    }
}
