package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.User;

/**
 * Creates an admin account, active at once. Only operators reach it (the command line, startup
 * configuration); no route of the public API does.
 */
public interface CreateAdminUseCase {

    CreateAdminResult create(CreateAdminCommand command);

    record CreateAdminCommand(String name, String email, String phone, String password) {
        public CreateAdminCommand {
            new FieldErrors()
                    .notBlank(name, "name")
                    .singleLine(name, User.MAX_NAME_LENGTH, "name")
                    .require(email != null || phone != null, "email", "an email or a phone is required")
                    .require(email == null || Identifier.email(email).isPresent(), "email", "is not a valid email address")
                    .require(phone == null || Identifier.phone(phone).isPresent(), "phone", "is not a valid phone number")
                    .require(password != null && password.length() >= 12, "password", "must be at least 12 characters")
                    .maxLength(password, RegisterUserUseCase.MAX_PASSWORD_LENGTH, "password")
                    .throwIfAny();
            name = name.strip();
            email = email == null ? null : Identifier.email(email).orElseThrow();
            phone = phone == null ? null : Identifier.phone(phone).orElseThrow();
        }
    }

    sealed interface CreateAdminResult {
        record Created(User admin) implements CreateAdminResult {
        }

        record EmailTaken() implements CreateAdminResult {
        }

        record PhoneTaken() implements CreateAdminResult {
        }
    }
}
