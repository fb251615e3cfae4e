package dev.callout.rest.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "CodeSent")
public record CodeSentBody(String message, long expiresIn) {
}
