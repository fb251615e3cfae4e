package dev.callout.rest.provider;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

@Serdeable
@Schema(name = "Position")
public record PositionBody(@NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "14.5547") Double lat,
                    @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "121.0244") Double lng) {
}
