package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import java.time.Duration;

/** Signs a user in with their email or phone and password, starting a session. */
public interface LogInUseCase {

    int MAX_IDENTIFIER_LENGTH = 254;

    LogInResult logIn(LogInCommand command);

    /** {@code address} is the client's network address, for throttling; null when there is none. */
    record LogInCommand(String identifier, String password, String address) {
        public LogInCommand {
            new FieldErrors()
                    .notBlank(identifier, "identifier")
                    .singleLine(identifier, MAX_IDENTIFIER_LENGTH, "identifier")
                    .notBlank(password, "password")
                    .maxLength(password, RegisterUserUseCase.MAX_PASSWORD_LENGTH, "password")
                    .throwIfAny();
        }

        public LogInCommand(String identifier, String password) {
            this(identifier, password, null);
        }
    }

    /** How a sign-in ended, by password or with Google. */
    sealed interface LogInResult {
        record LoggedIn(SignedIn signedIn) implements LogInResult {
        }

        /** Unknown identifier or wrong password: deliberately the same answer. */
        record InvalidCredentials() implements LogInResult {
        }

        record Suspended() implements LogInResult {
        }

        /** The right password, but the account's email or phone is not verified yet. */
        record PendingVerification() implements LogInResult {
        }

        /** A verified provider an admin has not approved yet. */
        record PendingApproval() implements LogInResult {
        }

        /** Too many failures for this identifier or address: try again after the wait. */
        record Throttled(Duration retryAfter) implements LogInResult {
        }

        /** The external identity token (Google) was refused. */
        record ExternalTokenRefused(String reason) implements LogInResult {
        }
    }
}
