package dev.callout.rest.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A budget's amount may be a decimal string or a JSON number; the currency defaults to the category's. */
@Serdeable
@Schema(name = "Budget")
public record BudgetBody(@NotNull @Schema(example = "1500.00") BigDecimal amount,
                         @Nullable @Size(min = 3, max = 3) @Schema(example = "PHP") String currency) {
}
