package dev.callout.application.account;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules of accounts and sign-in a deployment may tune.
 *
 * @param providersNeedApproval   verified providers wait for an admin (true) or start active
 * @param codeTtl                 how long a verification code is good for
 * @param resetCodeTtl            how long a password-reset code is good for
 * @param maxCodeAttempts         wrong guesses a code survives
 * @param codeResendInterval      the least time between two codes to one address
 * @param maxCodesPerHour         codes one address may receive in an hour
 * @param refreshTokenTtl         a refresh token's lifetime (each rotation starts a new one)
 * @param failuresBeforeSlowdown  failed sign-ins per identifier or address before each next try waits
 * @param identifierLockAfter     failed sign-ins that lock an identifier
 * @param addressLockAfter        failed sign-ins that lock an address
 * @param failureWindow           how far back failures count
 * @param lockDuration            how long a lock lasts
 * @param deletionGracePeriod     how long a deleted account keeps its personal data
 * @param signInNeedsVerification a new account signs in only once a code proved its email or phone (true), or at once
 * @param signUpCodeToPhone       the sign-up code goes to the phone when one is given (true), else to the email when there is one
 */
public record AccountPolicy(boolean providersNeedApproval, Duration codeTtl, Duration resetCodeTtl, int maxCodeAttempts,
                            Duration codeResendInterval, int maxCodesPerHour, Duration refreshTokenTtl,
                            int failuresBeforeSlowdown, int identifierLockAfter, int addressLockAfter,
                            Duration failureWindow, Duration lockDuration, Duration deletionGracePeriod,
                            boolean signInNeedsVerification, boolean signUpCodeToPhone) {

    public static final AccountPolicy DEFAULT = new AccountPolicy(true, Duration.ofMinutes(5), Duration.ofMinutes(15), 5,
            Duration.ofSeconds(30), 5, Duration.ofDays(30), 3, 5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15),
            Duration.ofDays(30), true, false);

    public AccountPolicy {
        Objects.requireNonNull(codeTtl);
        Objects.requireNonNull(resetCodeTtl);
        Objects.requireNonNull(codeResendInterval);
        Objects.requireNonNull(refreshTokenTtl);
        Objects.requireNonNull(failureWindow);
        Objects.requireNonNull(lockDuration);
        Objects.requireNonNull(deletionGracePeriod);
        if (maxCodeAttempts < 1 || maxCodesPerHour < 1 || identifierLockAfter < 1 || addressLockAfter < 1
                || failuresBeforeSlowdown < 0) {
            throw new IllegalArgumentException("attempt limits must be positive");
        }
    }

    public AccountPolicy withProvidersNeedApproval(boolean value) {
        return new AccountPolicy(value, codeTtl, resetCodeTtl, maxCodeAttempts, codeResendInterval, maxCodesPerHour,
                refreshTokenTtl, failuresBeforeSlowdown, identifierLockAfter, addressLockAfter, failureWindow, lockDuration,
                deletionGracePeriod, signInNeedsVerification, signUpCodeToPhone);
    }

    public AccountPolicy withSignInNeedsVerification(boolean value) {
        return new AccountPolicy(providersNeedApproval, codeTtl, resetCodeTtl, maxCodeAttempts, codeResendInterval,
                maxCodesPerHour, refreshTokenTtl, failuresBeforeSlowdown, identifierLockAfter, addressLockAfter, failureWindow,
                lockDuration, deletionGracePeriod, value, signUpCodeToPhone);
    }

    public AccountPolicy withSignUpCodeToPhone(boolean value) {
        return new AccountPolicy(providersNeedApproval, codeTtl, resetCodeTtl, maxCodeAttempts, codeResendInterval,
                maxCodesPerHour, refreshTokenTtl, failuresBeforeSlowdown, identifierLockAfter, addressLockAfter, failureWindow,
                lockDuration, deletionGracePeriod, signInNeedsVerification, value);
    }
}
