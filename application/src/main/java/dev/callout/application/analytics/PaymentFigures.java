package dev.callout.application.analytics;

import dev.callout.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The payments in one currency opened in a period, as they stand now: how many were opened
 * ({@code attempted}), how many took the money ({@code captured}), how many have no outcome yet
 * ({@code unsettled}: pending or held on the card), what they captured (refunded money included) and
 * what went back to the customers in refunds that succeeded.
 */
public record PaymentFigures(Currency currency, long attempted, long captured, long unsettled, Money volume,
                             Money refunded) {

    public PaymentFigures {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(refunded, "refunded");
        if (captured < 0 || unsettled < 0 || captured + unsettled > attempted || !volume.currency().equals(currency)
                || !refunded.currency().equals(currency) || volume.isNegative() || refunded.compareTo(volume) > 0) {
            throw new IllegalArgumentException("payment figures do not add up");
        }
    }

    /** Captured, failed or cancelled. */
    public long settled() {
        return attempted - unsettled;
    }

    /** What the platform kept: the volume less refunds. */
    public Money netVolume() {
        return volume.minus(refunded);
    }

    /** Captured among the settled; null when none settled. */
    public BigDecimal successRate() {
        return Rates.share(captured, settled());
    }
}
