package dev.callout.rest.dispute;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Serdeable
@Schema(name = "RefundAmount")
public record RefundAmountBody(@Schema(example = "400.00") BigDecimal amount, @Nullable String currency) {
}
