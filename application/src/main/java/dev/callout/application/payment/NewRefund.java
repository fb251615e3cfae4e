package dev.callout.application.payment;

import dev.callout.domain.money.Money;
import java.util.Objects;

/** A refund on an intent's charge; {@code reverseTransfer} takes the provider's share back from their connected account. */
public record NewRefund(String idempotencyKey, String intentId, Money amount, String reason, boolean reverseTransfer) {

    public NewRefund {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(intentId, "intentId");
        Objects.requireNonNull(amount, "amount");
    }
}
