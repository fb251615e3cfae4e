package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.User;

/**
 * Proves that a person holds an email or phone with the code sent there. For an account waiting
 * for verification it activates the account (providers then wait for approval where the
 * deployment asks) and, if the account may act, signs it in. For an address a signed-in user asked
 * to move to, it moves the account there.
 */
public interface VerifyCodeUseCase {

    VerifyResult verify(VerifyCodeCommand command);

    record VerifyCodeCommand(Channel.Destination destination, String code) {
        public static VerifyCodeCommand of(String identifier, String code) {
            Channel.Destination destination = Channel.of(identifier).orElse(null);
            new FieldErrors()
                    .require(destination != null, "identifier", "must be an email address or a phone number")
                    .require(code != null && code.matches("[0-9]{6}"), "code", "must be 6 digits")
                    .throwIfAny();
            return new VerifyCodeCommand(destination, code);
        }
    }

    sealed interface VerifyResult {
        /** The address is proven; {@code signedIn} is null unless the account became able to act. */
        record Verified(User user, SignedIn signedIn) implements VerifyResult {
        }

        /** Wrong code, or no code was sent to this address. */
        record Invalid() implements VerifyResult {
        }

        record Expired() implements VerifyResult {
        }

        /** The code took too many wrong guesses: ask for a new one. */
        record TooManyAttempts() implements VerifyResult {
        }

        /** Another account took the new address since the code was sent. */
        record AddressTaken(Channel channel) implements VerifyResult {
        }
    }
}
