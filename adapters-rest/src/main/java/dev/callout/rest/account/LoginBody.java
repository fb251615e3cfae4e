package dev.callout.rest.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "LoginRequest")
public record LoginBody(@Schema(description = "email or phone", example = "maria@example.com") String identifier,
                        @Schema(example = "Str0ngP@ss!") String password) {
}
