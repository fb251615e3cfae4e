package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A user changes their own name, email or phone. The name changes at once; a new email or phone
 * only once the code sent there is verified (until then the account keeps the old one).
 */
public interface UpdateProfileUseCase {

    UpdateResult update(UpdateProfileCommand command);

    /** Absent (null) fields stay as they are. */
    record UpdateProfileCommand(UserId userId, String name, String email, String phone) {
        public UpdateProfileCommand {
            Objects.requireNonNull(userId, "userId");
            new FieldErrors()
                    .require(name == null || !name.isBlank(), "name", "must not be blank")
                    .singleLine(name, User.MAX_NAME_LENGTH, "name")
                    .require(email == null || Identifier.email(email).isPresent(), "email", "is not a valid email address")
                    .require(phone == null || Identifier.phone(phone).isPresent(), "phone", "is not a valid phone number")
                    .throwIfAny();
            name = name == null ? null : name.strip();
            email = email == null ? null : Identifier.email(email).orElseThrow();
            phone = phone == null ? null : Identifier.phone(phone).orElseThrow();
        }
    }

    sealed interface UpdateResult {
        /** Saved; {@code verificationSentTo} lists new addresses that take effect once verified. */
        record Updated(User user, List<String> verificationSentTo) implements UpdateResult {
            public Updated {
                verificationSentTo = List.copyOf(verificationSentTo);
            }
        }

        record EmailTaken() implements UpdateResult {
        }

        record PhoneTaken() implements UpdateResult {
        }

        /** A code went to that address moments ago: wait before asking again. */
        record TooSoon(java.time.Duration retryAfter) implements UpdateResult {
        }

        record NotFound() implements UpdateResult {
        }
    }
}
