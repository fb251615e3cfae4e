package dev.callout.application.account;

import dev.callout.application.Change;
import dev.callout.application.FieldErrors;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A user changes their own name, email, phone, bio, address or profile image. The name and the
 * profile change at once; a new email or phone only once the code sent there is verified (until
 * then the account keeps the old one). The profile image is a file of theirs uploaded for a profile.
 */
public interface UpdateProfileUseCase {

    UpdateResult update(UpdateProfileCommand command);

    /**
     * Absent (null) fields stay as they are. The profile's fields are {@link Change}s: a blank bio or
     * address clears it as null does.
     */
    record UpdateProfileCommand(UserId userId, String name, String email, String phone, Change<String> bio,
                                Change<String> addressText, Change<String> profileImageFileId) {
        public UpdateProfileCommand {
            Objects.requireNonNull(userId, "userId");
            String image = Change.applied(profileImageFileId, null);
            new FieldErrors()
                    .require(name == null || !name.isBlank(), "name", "must not be blank")
                    .singleLine(name, User.MAX_NAME_LENGTH, "name")
                    .require(email == null || Identifier.email(email).isPresent(), "email", "is not a valid email address")
                    .require(phone == null || Identifier.phone(phone).isPresent(), "phone", "is not a valid phone number")
                    .freeText(Change.applied(bio, null), Profile.MAX_BIO_LENGTH, "bio")
                    .singleLine(Change.applied(addressText, null), Profile.MAX_ADDRESS_LENGTH, "address_text")
                    .require(image == null || Prefixed.matches(image, StoredFile.PREFIX), "profile_image_file_id",
                            "is not a file id")
                    .throwIfAny();
            bio = stripped(bio);
            addressText = stripped(addressText);
            name = name == null ? null : name.strip();
            email = email == null ? null : Identifier.email(email).orElseThrow();
            phone = phone == null ? null : Identifier.phone(phone).orElseThrow();
        }

        /** Only the name, email or phone. */
        public UpdateProfileCommand(UserId userId, String name, String email, String phone) {
            this(userId, name, email, phone, null, null, null);
        }

        private static Change<String> stripped(Change<String> text) {
            if (text == null) {
                return null;
            }
            return new Change<>(text.value() == null || text.value().isBlank() ? null : text.value().strip());
        }

        /** The user's profile with these changes made. */
        public Profile changed(Profile profile) {
            return new Profile(Change.applied(bio, profile.bio()), Change.applied(addressText, profile.addressText()),
                    Change.applied(profileImageFileId, profile.imageFileId()));
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

        /** No file of theirs has that id. */
        record ProfileImageNotFound() implements UpdateResult {
        }

        /** Their file was uploaded for a job or a dispute, not as a profile image. */
        record NotAProfileImage() implements UpdateResult {
        }
    }
}
