package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends a code to an email or phone: to verify an account waiting for it, or to reset a
 * password. The answer is the same whether or not an account has the address.
 */
public interface SendCodeUseCase {

    SendResult send(SendCodeCommand command);

    record SendCodeCommand(Channel.Destination destination, Purpose purpose) {
        public SendCodeCommand {
            Objects.requireNonNull(purpose, "purpose");
        }

        /** From what the client typed: an email address or a phone number. */
        public static SendCodeCommand of(String identifier, Purpose purpose) {
            Channel.Destination destination = Channel.of(identifier).orElse(null);
            new FieldErrors().require(destination != null, "identifier", "must be an email address or a phone number")
                    .throwIfAny();
            return new SendCodeCommand(destination, purpose);
        }
    }

    sealed interface SendResult {
        /** Sent if an account was waiting for it: either way the answer, and the code's lifetime. */
        record Accepted(Duration expiresIn) implements SendResult {
        }

        record TooSoon(Duration retryAfter) implements SendResult {
        }
    }
}
