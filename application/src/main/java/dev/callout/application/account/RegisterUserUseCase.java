package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.util.Map;
import java.util.Set;

/** A customer or provider signs up. Nobody can register as an admin. */
public interface RegisterUserUseCase {

    RegistrationResult register(RegisterCommand command);

    int MIN_PASSWORD_LENGTH = 8;
    int MAX_PASSWORD_LENGTH = 128;

    /** Email and phone are normalised here; at least one is required. */
    record RegisterCommand(Role role, String name, String email, String phone, String password, Set<String> categories) {
        public RegisterCommand {
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            new FieldErrors()
                    .require(role == Role.CUSTOMER || role == Role.PROVIDER, "role", "must be customer or provider")
                    .notBlank(name, "name")
                    .maxLength(name, User.MAX_NAME_LENGTH, "name")
                    .require(email != null || phone != null, "email", "an email or a phone is required")
                    .require(email == null || Identifier.email(email).isPresent(), "email", "is not a valid email address")
                    .require(phone == null || Identifier.phone(phone).isPresent(), "phone", "is not a valid phone number")
                    .require(password != null && password.length() >= MIN_PASSWORD_LENGTH, "password",
                            "must be at least " + MIN_PASSWORD_LENGTH + " characters")
                    .maxLength(password, MAX_PASSWORD_LENGTH, "password")
                    .require(role != Role.PROVIDER || !categories.isEmpty(), "categories", "a provider serves at least one category")
                    .require(role != Role.CUSTOMER || categories.isEmpty(), "categories", "only providers serve categories")
                    .throwIfAny();
            name = name.strip();
            email = email == null ? null : Identifier.email(email).orElseThrow();
            phone = phone == null ? null : Identifier.phone(phone).orElseThrow();
        }
    }

    sealed interface RegistrationResult {
        record Registered(User user) implements RegistrationResult {
        }

        record EmailTaken() implements RegistrationResult {
        }

        record PhoneTaken() implements RegistrationResult {
        }

        record Invalid(Map<String, String> fields) implements RegistrationResult {
            public Invalid {
                fields = Map.copyOf(fields);
            }
        }
    }
}
