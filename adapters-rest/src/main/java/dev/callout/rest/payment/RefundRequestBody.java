package dev.callout.rest.payment;

import dev.callout.domain.payment.Refund;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Serdeable
@Schema(name = "RefundRequest")
record RefundRequestBody(
        @Nullable @Schema(description = "in the payment's currency; leave out to refund everything still refundable",
                example = "300.00") BigDecimal amount,
        @NotBlank @Size(max = Refund.MAX_REASON_LENGTH) @Schema(example = "Worker did not complete the job.") String reason) {
}
