package dev.callout.application.account;

import dev.callout.application.port.LoginAttempts;
import dev.callout.application.port.LoginAttempts.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down and then locks repeated failed sign-ins, per identifier (whether or not an account has
 * it, so the answer reveals nothing) and per client address. After {@code failuresBeforeSlowdown}
 * failures each next try waits 1, 2, 4… seconds; after the lock threshold the key is locked for
 * {@code lockDuration}. A successful sign-in clears the identifier's count.
 */
public final class LoginThrottle {

    private final LoginAttempts attempts;
    private final Clock clock;
    private final AccountPolicy policy;

    public LoginThrottle(LoginAttempts attempts, Clock clock, AccountPolicy policy) {
        this.attempts = attempts;
        this.clock = clock;
        this.policy = policy;
    }

    static String identifierKey(String identifier) {
        return "id:" + identifier.strip().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "ip:" + address;
    }

    /** How long the caller must wait before trying again, if at all. */
    public Optional<Duration> wait(String identifier, String address) {
        Duration wait = waitFor(identifierKey(identifier), policy.identifierLockAfter());
        if (address != null) {
            Duration byAddress = waitFor(addressKey(address), policy.addressLockAfter());
            wait = byAddress.compareTo(wait) > 0 ? byAddress : wait;
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String identifier, String address) {
        Instant now = clock.instant();
        attempts.recordFailure(identifierKey(identifier), now, now.minus(policy.failureWindow()));
        if (address != null) {
            attempts.recordFailure(addressKey(address), now, now.minus(policy.failureWindow()));
        }
    }

    public void succeeded(String identifier) {
        attempts.clear(identifierKey(identifier));
    }

    private Duration waitFor(String key, int lockAfter) {
        Instant now = clock.instant();
        Optional<Failures> found = attempts.failures(key);
        if (found.isEmpty() || found.get().windowStart().isBefore(now.minus(policy.failureWindow()))) {
            return Duration.ZERO;
        }
        Failures failures = found.get();
        Duration hold;
        if (failures.count() >= lockAfter) {
            hold = policy.lockDuration();
        } else if (failures.count() >= policy.failuresBeforeSlowdown()) {
            int doublings = Math.min(failures.count() - policy.failuresBeforeSlowdown(), 20);
            hold = Duration.ofSeconds(1L << doublings);
            hold = hold.compareTo(policy.lockDuration()) > 0 ? policy.lockDuration() : hold;
        } else {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(hold));
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }
}
