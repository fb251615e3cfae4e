package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A proven address: the account and, when it just became able to act, its first tokens. */
@Serdeable
@Schema(name = "Verified")
public record VerifiedBody(UserBody user, @Nullable String accessToken, @Nullable String tokenType, @Nullable Long expiresIn,
                    @Nullable String refreshToken, @Nullable Long refreshExpiresIn) {
}
