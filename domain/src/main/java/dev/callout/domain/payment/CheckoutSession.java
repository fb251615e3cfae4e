package dev.callout.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * The gateway's hosted payment page for a card payment (a Stripe Checkout Session): the customer
 * pays at {@code url} until {@code expiresAt}; the payment intent exists only once they do.
 */
public record CheckoutSession(String id, String url, Instant expiresAt) {

    public CheckoutSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
