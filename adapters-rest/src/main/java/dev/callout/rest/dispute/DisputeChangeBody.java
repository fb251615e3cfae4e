package dev.callout.rest.dispute;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code status: under_review}, or {@code status: resolved} with an action, a partial refund's amount and a note. */
@Serdeable
@Schema(name = "DisputeChange")
public record DisputeChangeBody(@Nullable String status, @Nullable String action, @Nullable RefundAmountBody amount,
                                @Nullable @Schema(description = "the decision's note, kept with it") String resolution) {
}
