package dev.callout.rest.payment;

import dev.callout.domain.payment.Refund;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "Refund")
record RefundBody(String id, MoneyBody amount, @Schema(allowableValues = {"pending", "succeeded", "failed"}) String status,
                  @Nullable String reason, @Nullable String gatewayRefundId, @Nullable String requestedBy,
                  Instant createdAt, @Nullable Instant settledAt) {
    static RefundBody of(Refund refund) {
        return new RefundBody(refund.id().value(), MoneyBody.of(refund.amount()), refund.status().wireName(), refund.reason(),
                refund.gatewayRefundId(), refund.requestedBy() == null ? null : refund.requestedBy().value(),
                refund.createdAt(), refund.settledAt());
    }
}
