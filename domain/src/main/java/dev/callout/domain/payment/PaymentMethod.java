package dev.callout.domain.payment;

import java.util.Locale;
import java.util.Optional;

/**
 * How a customer pays. A card is held (authorised) when the job is accepted and captured when the
 * work is done; cash is handed to the provider, who confirms it; wallets (BlueWork's gcash and
 * maya) are paid once the work is done, through a gateway that supports them.
 */
public enum PaymentMethod {
    CARD, CASH, GCASH, MAYA;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentMethod> fromWireName(String name) {
        for (PaymentMethod method : values()) {
            if (method.wireName().equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** Paid through a payment gateway (everything but cash). */
    public boolean throughGateway() {
        return this != CASH;
    }

    /** Only a card can be held before the work is done; the others pay for completed work. */
    public boolean requiresCompletedJob() {
        return this != CARD;
    }
}
