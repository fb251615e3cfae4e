package dev.callout.application.account;

import dev.callout.application.port.CodeSender;
import dev.callout.application.port.LoginAttempts;
import dev.callout.application.port.LoginAttempts.Failures;
import dev.callout.application.port.VerificationCodes;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.UserId;
import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Issues six-digit codes and checks guesses against them. Requests for codes are limited per
 * address (one per resend interval, a few per hour) whether or not an account has the address, so
 * the limit itself reveals nothing.
 */
public final class Codes {

    private static final Duration HOUR = Duration.ofHours(1);

    private final VerificationCodes codes;
    private final CodeSender sender;
    private final LoginAttempts requests;
    private final Hashes hashes;
    private final Clock clock;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final AccountPolicy policy;

    public Codes(VerificationCodes codes, CodeSender sender, LoginAttempts requests, Hashes hashes, Clock clock,
                 IdGenerator ids, RandomGenerator random, AccountPolicy policy) {
        this.codes = codes;
        this.sender = sender;
        this.requests = requests;
        this.hashes = hashes;
        this.clock = clock;
        this.ids = ids;
        this.random = random;
        this.policy = policy;
    }

    /**
     * Counts a request for a code to the address, or refuses it with how long to wait. Call it for
     * every request, before looking for the account.
     */
    public Optional<Duration> admit(String destination) {
        String key = "code:" + destination;
        Instant now = clock.instant();
        Optional<Failures> earlier = requests.failures(key).filter(f -> !f.windowStart().isBefore(now.minus(HOUR)));
        if (earlier.isPresent()) {
            Duration wait = Duration.between(now, earlier.get().last().plus(policy.codeResendInterval()));
            if (earlier.get().count() >= policy.maxCodesPerHour()) {
                Duration hourly = Duration.between(now, earlier.get().windowStart().plus(HOUR));
                wait = hourly.compareTo(wait) > 0 ? hourly : wait;
            }
            if (wait.isPositive()) {
                return Optional.of(wait);
            }
        }
        requests.recordFailure(key, now, now.minus(HOUR));
        return Optional.empty();
    }

    /** Sends a new code, retiring earlier ones for the same address and purpose; returns its lifetime. */
    public Duration issue(UserId userId, Purpose purpose, Channel channel, String destination) {
        Duration ttl = ttl(purpose);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        Instant now = clock.instant();
        codes.issue(new VerificationCode(ids.next(VerificationCode.PREFIX), userId, purpose, channel, destination,
                hashes.code(destination, code), now, now.plus(ttl), 0, null));
        sender.send(channel, destination, purpose, code);
        return ttl;
    }

    public Duration ttl(Purpose purpose) {
        return purpose == Purpose.RESET_PASSWORD ? policy.resetCodeTtl() : policy.codeTtl();
    }

    /** The outcome of a guess, stored; empty when no code was sent there (a wrong guess to the caller). */
    public Optional<VerificationCode.Check> check(String destination, Purpose purpose, String guess) {
        Optional<VerificationCode> latest = codes.latest(destination, purpose);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        VerificationCode.Check check = latest.get().check(hashes.code(destination, guess), clock.instant(),
                policy.maxCodeAttempts());
        boolean stored = switch (check) {
            case VerificationCode.Check.Matched matched -> codes.recordGuess(matched.consumed());
            case VerificationCode.Check.Wrong wrong -> codes.recordGuess(wrong.counted());
            case VerificationCode.Check.Expired expired -> true;
            case VerificationCode.Check.TooManyAttempts exhausted -> true;
        };
        // another guess at the same code was stored first: this one counts as wrong, so no guess goes uncounted
        return Optional.of(stored ? check : new VerificationCode.Check.Wrong(latest.get()));
    }
}
