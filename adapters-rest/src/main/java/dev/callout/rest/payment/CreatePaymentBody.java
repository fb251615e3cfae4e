package dev.callout.rest.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** As BlueWork sends it; amounts are decimal strings or numbers, never read as floats. */
@Serdeable
@Schema(name = "PaymentRequest")
public record CreatePaymentBody(
        @NotBlank @Size(max = 64) @Schema(example = "job_01JNX4Q2V3M6YB8Z0N1R2S3T4U") String jobId,
        @NotBlank @Schema(allowableValues = {"card", "cash", "gcash", "maya"}) String method,
        @Nullable @Schema(description = "optional: when given, must be the job's price", example = "850.00") BigDecimal amount,
        @Nullable @Size(min = 3, max = 3) @Schema(example = "PHP") String currency) {
}
