package dev.callout.rest.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "RefreshRequest")
public record RefreshBody(@Schema(example = "rt_3q2+7w…") String refreshToken) {
}
