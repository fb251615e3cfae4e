package dev.callout.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An account. Email and phone are stored normalised (see {@link Identifier}); at least one is
 * present until a deleted account's personal data is purged. Providers serve one or more
 * categories; other roles serve none. {@code providerDetails} is the vehicle and licence of a
 * provider whose categories need one; {@code deletedAt} is set once the owner deleted the account;
 * {@code profile} is the bio, address and picture the user chose to give.
 */
public record User(UserId id, Role role, String name, String email, String phone, String passwordHash,
                   Set<String> categories, AccountStatus status, Instant createdAt, ProviderDetails providerDetails,
                   Instant deletedAt, Profile profile) {

    public static final int MAX_NAME_LENGTH = 120;
    /** Stored instead of a hash for accounts that have no password (Google sign-in, purged): matches nothing. */
    public static final String NO_PASSWORD = "!";
    public static final String PURGED_NAME = "Deleted user";

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(profile, "profile");
        categories = Set.copyOf(categories);
        if (email == null && phone == null && status != AccountStatus.DELETED) {
            throw new IllegalArgumentException("a user needs an email or a phone");
        }
        if (role != Role.PROVIDER && !categories.isEmpty()) {
            throw new IllegalArgumentException("only providers serve categories");
        }
        if (role != Role.PROVIDER && providerDetails != null) {
            throw new IllegalArgumentException("only providers have provider details");
        }
        if ((status == AccountStatus.DELETED) != (deletedAt != null)) {
            throw new IllegalArgumentException("deleted accounts, and only they, have a deletion time");
        }
    }

    public User(UserId id, Role role, String name, String email, String phone, String passwordHash,
                Set<String> categories, AccountStatus status, Instant createdAt) {
        this(id, role, name, email, phone, passwordHash, categories, status, createdAt, null, null, Profile.EMPTY);
    }

    public User(UserId id, Role role, String name, String email, String phone, String passwordHash,
                Set<String> categories, AccountStatus status, Instant createdAt, ProviderDetails providerDetails,
                Instant deletedAt) {
        this(id, role, name, email, phone, passwordHash, categories, status, createdAt, providerDetails, deletedAt,
                Profile.EMPTY);
    }

    public Actor asActor() {
        return new Actor(id, role, categories);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public User withStatus(AccountStatus newStatus) {
        return new User(id, role, name, email, phone, passwordHash, categories, newStatus, createdAt, providerDetails,
                deletedAt, profile);
    }

    public User withName(String newName) {
        return new User(id, role, newName, email, phone, passwordHash, categories, status, createdAt, providerDetails,
                deletedAt, profile);
    }

    public User withEmail(String newEmail) {
        return new User(id, role, name, newEmail, phone, passwordHash, categories, status, createdAt, providerDetails,
                deletedAt, profile);
    }

    public User withPhone(String newPhone) {
        return new User(id, role, name, email, newPhone, passwordHash, categories, status, createdAt, providerDetails,
                deletedAt, profile);
    }

    public User withProfile(Profile newProfile) {
        return new User(id, role, name, email, phone, passwordHash, categories, status, createdAt, providerDetails,
                deletedAt, newProfile);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, role, name, email, phone, newHash, categories, status, createdAt, providerDetails,
                deletedAt, profile);
    }

    /** Deleted by its owner at {@code at}: it can no longer sign in; jobs and payments keep naming it. */
    public User deleted(Instant at) {
        return new User(id, role, name, email, phone, NO_PASSWORD, categories, AccountStatus.DELETED, createdAt,
                providerDetails, at, profile);
    }

    /** A deleted account with its personal data removed (its profile too): only the id, role and dates remain. */
    public User purged() {
        if (status != AccountStatus.DELETED) {
            throw new IllegalStateException("only deleted accounts are purged");
        }
        return new User(id, role, PURGED_NAME, null, null, NO_PASSWORD, categories, status, createdAt, null, deletedAt,
                Profile.EMPTY);
    }

    /** Whether {@code destination} is this account's current email or phone. */
    public boolean owns(Channel channel, String destination) {
        return destination.equals(channel == Channel.EMAIL ? email : phone);
    }
}
