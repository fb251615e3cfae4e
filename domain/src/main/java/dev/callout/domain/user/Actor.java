package dev.callout.domain.user;

import java.util.Objects;
import java.util.Set;

/** Who is asking: a user, their role, and for providers the categories they serve. */
public record Actor(UserId id, Role role, Set<String> categories) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        categories = Set.copyOf(categories);
    }

    public static Actor customer(UserId id) {
        return new Actor(id, Role.CUSTOMER, Set.of());
    }

    public static Actor provider(UserId id, Set<String> categories) {
        return new Actor(id, Role.PROVIDER, categories);
    }

    public static Actor admin(UserId id) {
        return new Actor(id, Role.ADMIN, Set.of());
    }

    public boolean is(Role other) {
        return role == other;
    }
}
