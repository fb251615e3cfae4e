package dev.callout.rest.account;

import dev.callout.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An account as its owner (or an admin) sees it. Never carries the password hash. */
@Serdeable
@Schema(name = "User")
public record UserBody(String id, String role, String name, @Nullable String email, @Nullable String phone, String status,
                       List<String> categories, Instant createdAt) {

    public static UserBody of(User user) {
        return new UserBody(user.id().value(), user.role().wireName(), user.name(), user.email(), user.phone(),
                user.status().wireName(), user.categories().stream().sorted().toList(), user.createdAt());
    }
}
