package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The small request and answer bodies of the auth routes. */
public final class AuthBodies {

    private AuthBodies() {
    }

    @Serdeable
    @Schema(name = "RefreshRequest")
    public record Refresh(@Schema(example = "rt_3q2+7w…") String refreshToken) {
    }

    @Serdeable
    @Schema(name = "GoogleSignInRequest")
    public record Google(@Schema(description = "the ID token Google Sign-In gave the client") String idToken) {
    }

    /** An address by any of the names the seeds use: {@code identifier}, {@code email} or {@code phone}. */
    @Serdeable
    @Schema(name = "CodeRequest")
    public record CodeRequest(@Nullable @Schema(example = "+639171234567") String identifier, @Nullable String email,
                       @Nullable String phone) {
        String address() {
            return identifier != null ? identifier : email != null ? email : phone;
        }
    }

    @Serdeable
    @Schema(name = "VerifyCodeRequest")
    public record Verify(@Nullable @Schema(example = "+639171234567") String identifier, @Nullable String email,
                  @Nullable String phone, @Nullable @Schema(example = "482910") String code,
                  @Nullable @Schema(description = "same as code") String otp) {
        String address() {
            return identifier != null ? identifier : email != null ? email : phone;
        }

        String theCode() {
            return code != null ? code : otp;
        }
    }

    @Serdeable
    @Schema(name = "ResetPasswordRequest")
    public record Reset(@Nullable @Schema(example = "maria@example.com") String identifier, @Nullable String email,
                 @Nullable String phone, @Schema(example = "482910") String code,
                 @Schema(example = "N3w-Str0ng-Pass") String password) {
        String address() {
            return identifier != null ? identifier : email != null ? email : phone;
        }
    }

    @Serdeable
    @Schema(name = "CodeSent")
    public record CodeSent(String message, long expiresIn) {
    }

    @Serdeable
    @Schema(name = "Message")
    public record Message(String message) {
    }

    /** A proven address: the account and, when it just became able to act, its first tokens. */
    @Serdeable
    @Schema(name = "Verified")
    public record Verified(UserBody user, @Nullable String accessToken, @Nullable String tokenType, @Nullable Long expiresIn,
                    @Nullable String refreshToken, @Nullable Long refreshExpiresIn) {
    }
}
