package dev.callout.application.port;

import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.util.Optional;

/** One-time codes, kept hashed. */
public interface VerificationCodes {

    /** Stores a new code and retires the earlier unused ones for the same destination and purpose. */
    void issue(VerificationCode code);

    /** The newest code for the destination and purpose that is not used yet (it may have expired). */
    Optional<VerificationCode> latest(String destination, Purpose purpose);

    /**
     * Stores a guess at a code: its attempt count, one more than stored, and its use when it matched.
     * False, writing nothing, when another guess was stored first or the code was used meanwhile.
     */
    boolean recordGuess(VerificationCode code);
}
