package dev.callout.domain.pricing;

import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * A category's tariff: a base fare, a rate per kilometre from pickup to dropoff (towing), a
 * surcharge in basis points for immediate jobs, and the platform's fee.
 */
public record PricingPolicy(Money baseFare, Money perKm, int immediateSurchargeBps, FeeRate platformFee) {

    public PricingPolicy {
        Objects.requireNonNull(baseFare, "baseFare");
        Objects.requireNonNull(perKm, "perKm");
        Objects.requireNonNull(platformFee, "platformFee");
        if (!baseFare.sameCurrencyAs(perKm)) {
            throw new IllegalArgumentException("base fare and per-km rate must share a currency");
        }
        if (baseFare.isNegative() || perKm.isNegative()) {
            throw new IllegalArgumentException("tariff amounts cannot be negative");
        }
        if (immediateSurchargeBps < 0 || immediateSurchargeBps > 100_000) {
            throw new IllegalArgumentException("surcharge must be between 0 and 100000 basis points");
        }
    }

    public Currency currency() {
        return baseFare.currency();
    }
}
