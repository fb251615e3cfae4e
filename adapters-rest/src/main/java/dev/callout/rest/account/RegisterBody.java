package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Sign-up. Only these fields are read: anything else a client sends (status, verified, an
 * admin role) is ignored or refused, never assigned.
 */
@Serdeable
@Schema(name = "RegisterRequest")
public record RegisterBody(
        @Schema(allowableValues = {"customer", "provider"}, example = "customer") String role,
        @Schema(example = "Maria Santos") String name,
        @Nullable @Schema(example = "maria@example.com") String email,
        @Nullable @Schema(example = "+639181234567") String phone,
        @Schema(example = "Str0ngP@ss!") String password,
        @Nullable @Schema(description = "providers only: the categories they serve", example = "[\"plumber\"]") List<String> categories) {
}
