package dev.callout.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An account. Email and phone are stored normalised (see {@link Identifier}); at least one is
 * present. Providers serve one or more categories; other roles serve none.
 */
public record User(UserId id, Role role, String name, String email, String phone, String passwordHash,
                   Set<String> categories, AccountStatus status, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 120;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        categories = Set.copyOf(categories);
        if (email == null && phone == null) {
            throw new IllegalArgumentException("a user needs an email or a phone");
        }
        if (role != Role.PROVIDER && !categories.isEmpty()) {
            throw new IllegalArgumentException("only providers serve categories");
        }
    }

    public Actor asActor() {
        return new Actor(id, role, categories);
    }
}
