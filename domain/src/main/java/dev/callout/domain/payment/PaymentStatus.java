package dev.callout.domain.payment;

import java.util.Locale;
import java.util.Optional;

/**
 * A payment as clients see it: pending (waiting for the customer's card or the provider's cash
 * confirmation), authorized (held on the card), captured (charged, held by the platform until the
 * work is done), completed (released: the fee is the platform's, the rest the provider's),
 * partially_refunded, refunded, cancelled (the hold was released), failed, disputed.
 */
public enum PaymentStatus {
    PENDING, AUTHORIZED, CAPTURED, COMPLETED, PARTIALLY_REFUNDED, REFUNDED, CANCELLED, FAILED, DISPUTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentStatus> fromWireName(String name) {
        for (PaymentStatus status : values()) {
            if (status.wireName().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
