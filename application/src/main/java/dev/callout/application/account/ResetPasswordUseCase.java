package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.Channel;

/** Sets a new password with the code sent by "forgot password"; every session of the account ends. */
public interface ResetPasswordUseCase {

    ResetResult reset(ResetPasswordCommand command);

    record ResetPasswordCommand(Channel.Destination destination, String code, String newPassword) {
        public static ResetPasswordCommand of(String identifier, String code, String newPassword) {
            Channel.Destination destination = Channel.of(identifier).orElse(null);
            new FieldErrors()
                    .require(destination != null, "identifier", "must be an email address or a phone number")
                    .require(code != null && code.matches("[0-9]{6}"), "code", "must be 6 digits")
                    .require(newPassword != null && newPassword.length() >= RegisterUserUseCase.MIN_PASSWORD_LENGTH,
                            "password", "must be at least " + RegisterUserUseCase.MIN_PASSWORD_LENGTH + " characters")
                    .maxLength(newPassword, RegisterUserUseCase.MAX_PASSWORD_LENGTH, "password")
                    .throwIfAny();
            return new ResetPasswordCommand(destination, code, newPassword);
        }
    }

    sealed interface ResetResult {
        record Reset() implements ResetResult {
        }

        /** Wrong, unknown, used or exhausted code: one answer. */
        record Invalid() implements ResetResult {
        }

        record Expired() implements ResetResult {
        }
    }
}
