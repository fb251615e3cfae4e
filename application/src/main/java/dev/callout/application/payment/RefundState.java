package dev.callout.application.payment;

import dev.callout.domain.payment.RefundStatus;
import java.util.Objects;

/** The gateway's answer to a refund: its id and whether it went through yet. */
public record RefundState(String refundId, RefundStatus status) {

    public RefundState {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(status, "status");
    }
}
