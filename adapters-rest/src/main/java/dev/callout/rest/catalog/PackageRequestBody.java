package dev.callout.rest.catalog;

import dev.callout.application.FieldErrors;
import dev.callout.application.job.MoneyInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "PackageRequest", description = "POST: name, price and duration_minutes required; PATCH: each field given replaces what is there")
record PackageRequestBody(@Nullable @Schema(example = "Studio", maxLength = 120) String name,
                          @Nullable @Schema(maxLength = 2000) String description,
                          @Nullable PriceInputBody price,
                          @Nullable @Schema(example = "180", minimum = "1", maximum = "10080") Integer durationMinutes,
                          @Nullable @Schema(example = "[\"supplies included\"]") List<String> features) {
    MoneyInput priceInput() {
        if (price == null) {
            return null;
        }
        new FieldErrors().require(price.amount() != null, "price.amount", "is required")
                .singleLine(price.currency(), 3, "price.currency").throwIfAny();
        return new MoneyInput(price.amount(), price.currency());
    }
}
