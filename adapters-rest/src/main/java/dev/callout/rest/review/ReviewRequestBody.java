package dev.callout.rest.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

@Serdeable
@Schema(name = "ReviewRequest")
record ReviewRequestBody(@NotBlank String jobId, @Schema(example = "5") Integer rating, @Nullable String comment) {
}
