package dev.callout.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * The hosted payment pages' settings: where the customer's browser goes after paying ({@code successUrl};
 * Stripe replaces {@code {CHECKOUT_SESSION_ID}} in it) or leaving ({@code cancelUrl}), and how long a page
 * stays open: Stripe takes 30 minutes to 24 hours.
 */
public record CheckoutPages(String successUrl, String cancelUrl, Duration lifetime) {

    public static final Duration SHORTEST = Duration.ofMinutes(30);
    public static final Duration LONGEST = Duration.ofHours(24);

    public CheckoutPages {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.compareTo(SHORTEST) < 0 || lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a hosted payment page lasts from 30 minutes to 24 hours, not " + lifetime);
        }
    }
}
