package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "VerifyCodeRequest")
public record VerifyCodeBody(@Nullable @Schema(example = "+639171234567") String identifier, @Nullable String email,
                      @Nullable String phone, @Nullable @Schema(example = "482910") String code,
                      @Nullable @Schema(description = "same as code") String otp) {
    String address() {
        return identifier != null ? identifier : email != null ? email : phone;
    }

    String theCode() {
        return code != null ? code : otp;
    }
}
