package dev.callout.application.account;

import dev.callout.application.FieldErrors;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A customer or provider signs up. Nobody can register as an admin, and nothing the client sends
 * sets the status: the account waits for a verification code sent to its email or phone.
 */
public interface RegisterUserUseCase {

    RegistrationResult register(RegisterCommand command);

    int MIN_PASSWORD_LENGTH = 8;
    int MAX_PASSWORD_LENGTH = 128;
    int MAX_DETAIL_LENGTH = 64;
    int MAX_CATEGORIES = 20;

    /**
     * Email and phone are normalised here; at least one is required. {@code providerDetails} is
     * required of providers of a vehicle category (the service knows which those are). A provider
     * serves at least one category: the ones named, else the deployment's default category.
     * {@code addressText} and {@code bio} start the account's profile (blank is none).
     */
    record RegisterCommand(Role role, String name, String email, String phone, String password, Set<String> categories,
                           ProviderDetails providerDetails, String addressText, String bio) {
        public RegisterCommand {
            FieldErrors errors = new FieldErrors()
                    .singleLines(categories, MAX_CATEGORIES, Category.MAX_CODE_LENGTH, "categories");
            categories = categories == null ? Set.of()
                    : categories.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
            errors
                    .require(role == Role.CUSTOMER || role == Role.PROVIDER, "role", "must be customer or provider")
                    .notBlank(name, "name")
                    .singleLine(name, User.MAX_NAME_LENGTH, "name")
                    .require(email != null || phone != null, "email", "an email or a phone is required")
                    .require(email == null || Identifier.email(email).isPresent(), "email", "is not a valid email address")
                    .require(phone == null || Identifier.phone(phone).isPresent(), "phone", "is not a valid phone number")
                    .require(password != null && password.length() >= MIN_PASSWORD_LENGTH, "password",
                            "must be at least " + MIN_PASSWORD_LENGTH + " characters")
                    .maxLength(password, MAX_PASSWORD_LENGTH, "password")
                    .require(role != Role.CUSTOMER || categories.isEmpty(), "categories", "only providers serve categories")
                    .require(role == Role.PROVIDER || providerDetails == null, "vehicle_type", "only providers give vehicle details")
                    .singleLine(addressText, Profile.MAX_ADDRESS_LENGTH, "address_text")
                    .freeText(bio, Profile.MAX_BIO_LENGTH, "bio")
                    .throwIfAny();
            if (providerDetails != null) {
                new FieldErrors()
                        .notBlank(providerDetails.vehicleType(), "vehicle_type")
                        .singleLine(providerDetails.vehicleType(), MAX_DETAIL_LENGTH, "vehicle_type")
                        .notBlank(providerDetails.licenceCategory(), "licence_category")
                        .singleLine(providerDetails.licenceCategory(), MAX_DETAIL_LENGTH, "licence_category")
                        .notBlank(providerDetails.licenceNumber(), "licence_number")
                        .singleLine(providerDetails.licenceNumber(), MAX_DETAIL_LENGTH, "licence_number")
                        .notBlank(providerDetails.vehicleRegistration(), "vehicle_registration")
                        .singleLine(providerDetails.vehicleRegistration(), MAX_DETAIL_LENGTH, "vehicle_registration")
                        .throwIfAny();
            }
            name = name.strip();
            email = email == null ? null : Identifier.email(email).orElseThrow();
            phone = phone == null ? null : Identifier.phone(phone).orElseThrow();
            addressText = addressText == null || addressText.isBlank() ? null : addressText.strip();
            bio = bio == null || bio.isBlank() ? null : bio.strip();
        }

        public RegisterCommand(Role role, String name, String email, String phone, String password, Set<String> categories,
                               ProviderDetails providerDetails, String addressText) {
            this(role, name, email, phone, password, categories, providerDetails, addressText, null);
        }

        public RegisterCommand(Role role, String name, String email, String phone, String password, Set<String> categories,
                               ProviderDetails providerDetails) {
            this(role, name, email, phone, password, categories, providerDetails, null);
        }

        public RegisterCommand(Role role, String name, String email, String phone, String password, Set<String> categories) {
            this(role, name, email, phone, password, categories, null);
        }

        /** The profile the account starts with. */
        public Profile profile() {
            return bio == null && addressText == null ? Profile.EMPTY : new Profile(bio, addressText, null);
        }
    }

    sealed interface RegistrationResult {
        /**
         * Created, waiting for the code sent to {@code codeSentTo} (see {@link AccountPolicy#signUpCodeToPhone});
         * null when sign-in needs no verification and no code was sent.
         */
        record Registered(User user, String codeSentTo) implements RegistrationResult {
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
