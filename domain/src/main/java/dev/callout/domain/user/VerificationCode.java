package dev.callout.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time code sent to an email or phone, kept only as a keyed hash. It proves the person holds
 * that address (to activate the account, to move the account to a new address) or lets them set a
 * new password. It is used once, expires, and dies after too many wrong guesses.
 */
public record VerificationCode(String id, UserId userId, Purpose purpose, Channel channel, String destination,
                               String codeHash, Instant createdAt, Instant expiresAt, int attempts, Instant consumedAt) {

    public static final String PREFIX = "otp";

    public enum Purpose { VERIFY, RESET_PASSWORD }

    public VerificationCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    public sealed interface Check {
        /** The right code: {@code consumed} is the code marked used. */
        record Matched(VerificationCode consumed) implements Check {
        }

        /** A wrong guess: {@code counted} carries one more attempt. */
        record Wrong(VerificationCode counted) implements Check {
        }

        record Expired() implements Check {
        }

        record TooManyAttempts() implements Check {
        }
    }

    /** Checks a guess (already hashed the way {@code codeHash} was); the caller stores what comes back. */
    public Check check(String guessHash, Instant now, int maxAttempts) {
        if (consumedAt != null || attempts >= maxAttempts) {
            return new Check.TooManyAttempts();
        }
        if (!now.isBefore(expiresAt)) {
            return new Check.Expired();
        }
        if (!java.security.MessageDigest.isEqual(codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                guessHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return new Check.Wrong(new VerificationCode(id, userId, purpose, channel, destination, codeHash, createdAt,
                    expiresAt, attempts + 1, consumedAt));
        }
        return new Check.Matched(new VerificationCode(id, userId, purpose, channel, destination, codeHash, createdAt,
                expiresAt, attempts + 1, now));
    }
}
