package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "ResetPasswordRequest")
public record ResetPasswordBody(@Nullable @Schema(example = "maria@example.com") String identifier, @Nullable String email,
                         @Nullable String phone, @Schema(example = "482910") String code,
                         @Schema(example = "N3w-Str0ng-Pass") String password) {
    String address() {
        return identifier != null ? identifier : email != null ? email : phone;
    }
}
