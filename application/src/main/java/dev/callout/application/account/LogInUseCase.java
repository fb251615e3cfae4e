package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.User;

/** Signs a user in with their email or phone and password. */
public interface LogInUseCase {

    LogInResult logIn(LogInCommand command);

    record LogInCommand(String identifier, String password) {
        public LogInCommand {
            new FieldErrors()
                    .notBlank(identifier, "identifier")
                    .maxLength(identifier, 254, "identifier")
                    .notBlank(password, "password")
                    .maxLength(password, RegisterUserUseCase.MAX_PASSWORD_LENGTH, "password")
                    .throwIfAny();
        }
    }

    sealed interface LogInResult {
        record LoggedIn(User user) implements LogInResult {
        }

        /** Unknown identifier or wrong password: deliberately the same answer. */
        record InvalidCredentials() implements LogInResult {
        }

        record Suspended() implements LogInResult {
        }
    }
}
