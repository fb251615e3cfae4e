package dev.callout.rest.job;

import dev.callout.domain.job.Job;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "StatusChange")
public record StatusChangeBody(
        @NotBlank @Schema(allowableValues = {"accepted", "en_route", "in_progress", "completed", "cancelled", "disputed"})
        String status,
        @Nullable @Size(max = Job.MAX_REASON_LENGTH) String reason) {
}
