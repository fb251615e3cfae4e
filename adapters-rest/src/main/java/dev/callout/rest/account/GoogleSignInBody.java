package dev.callout.rest.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "GoogleSignInRequest")
public record GoogleSignInBody(@Schema(description = "the ID token Google Sign-In gave the client") String idToken) {
}
