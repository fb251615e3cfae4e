package dev.callout.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A price's amount may be a decimal string or a JSON number; the currency defaults to the category's. */
@Serdeable
@Schema(name = "PriceInput")
record PriceInputBody(@Nullable @Schema(example = "1200.00") BigDecimal amount,
                      @Nullable @Schema(example = "PHP") String currency) {
}
