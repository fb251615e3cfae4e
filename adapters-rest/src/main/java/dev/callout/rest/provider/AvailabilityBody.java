package dev.callout.rest.provider;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

@Serdeable
@Schema(name = "AvailabilityChange")
public record AvailabilityBody(@NotBlank @Schema(allowableValues = {"online", "offline", "busy"}) String status) {
}
