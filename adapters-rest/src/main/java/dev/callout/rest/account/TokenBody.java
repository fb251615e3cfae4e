package dev.callout.rest.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A signed-in session: a short-lived access token and the opaque refresh token that renews it (once). */
@Serdeable
@Schema(name = "Tokens")
public record TokenBody(String accessToken, String tokenType, long expiresIn,
                        @Schema(description = "opaque; exchange it once at /auth/token/refresh") String refreshToken,
                        long refreshExpiresIn, UserBody user) {
}
