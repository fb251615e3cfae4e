package dev.callout.rest.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Serdeable
@Schema(name = "FeeQuoteRequest")
record FeeQuoteRequestBody(@NotNull @Schema(example = "1500.00") BigDecimal amount,
                           @Nullable @Size(min = 3, max = 3) @Schema(example = "THB") String currency,
                           @Nullable @Size(max = 64) @Schema(description = "use this category's fee rate and currency",
                                   example = "moving_help") String category) {
}
