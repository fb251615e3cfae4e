package dev.callout.domain.payment;

import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Money given back on a payment. {@code requestedBy} is null for a refund made outside Callout
 * (in the gateway's dashboard) and learned from a webhook. The gateway's refund id is known once
 * the gateway answered.
 */
public record Refund(RefundId id, Money amount, String reason, RefundStatus status, String gatewayRefundId,
                     UserId requestedBy, Instant createdAt, Instant settledAt) {

    public static final int MAX_REASON_LENGTH = 500;

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund is positive: " + amount);
        }
        if ((status == RefundStatus.PENDING) != (settledAt == null)) {
            throw new IllegalArgumentException("a settled refund has a settlement time, a pending one none");
        }
    }

    public String idempotencyKey() {
        return "callout-" + id.value();
    }

    Refund settled(RefundStatus outcome, String gatewayId, Instant at) {
        return new Refund(id, amount, reason, outcome, gatewayId == null ? gatewayRefundId : gatewayId, requestedBy,
                createdAt, at);
    }

    Refund sentAs(String gatewayId) {
        return new Refund(id, amount, reason, status, gatewayId, requestedBy, createdAt, settledAt);
    }
}
