package dev.callout.rest.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "ProfileUpdated")
public record ProfileUpdatedBody(UserBody user,
                                 @Schema(description = "new addresses a code went to; they apply once verified at /auth/otp/verify")
                                 List<String> verificationSentTo) {
}
