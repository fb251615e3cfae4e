package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An address by any of the names the seeds use: {@code identifier}, {@code email} or {@code phone}. */
@Serdeable
@Schema(name = "CodeRequest")
public record CodeRequestBody(@Nullable @Schema(example = "+639171234567") String identifier, @Nullable String email,
                       @Nullable String phone) {
    String address() {
        return identifier != null ? identifier : email != null ? email : phone;
    }
}
