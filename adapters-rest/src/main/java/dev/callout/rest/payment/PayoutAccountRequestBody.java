package dev.callout.rest.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "PayoutAccountRequest")
public record PayoutAccountRequestBody(@Nullable @Schema(example = "acct_1Nv0FGQ9RKHgCVdK",
                        description = "acct_ followed by letters and digits") String stripeAccountId) {
}
