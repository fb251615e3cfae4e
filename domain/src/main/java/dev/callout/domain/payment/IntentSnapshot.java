package dev.callout.domain.payment;

import dev.callout.domain.money.Money;
import java.util.Objects;

/**
 * What the gateway says about a payment intent at some moment, from a call's answer or a
 * webhook. {@code amountReceived} is what was captured (zero until then).
 */
public record IntentSnapshot(String intentId, String clientSecret, IntentStatus status, Money amountReceived) {

    public IntentSnapshot {
        Objects.requireNonNull(intentId, "intentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amountReceived, "amountReceived");
    }
}
