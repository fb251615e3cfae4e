package dev.callout.domain.pricing;

import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A priced job: its parts (zero where they do not apply), the total the customer pays, and the
 * split of that total into the platform fee and the provider's net.
 */
public record PriceQuote(PriceBasis basis, BigDecimal distanceKm, Money baseFare, Money distanceCharge,
                         Money urgencySurcharge, FeeSplit split, int feeBps) {

    public PriceQuote {
        Objects.requireNonNull(basis);
        Objects.requireNonNull(distanceKm);
        Objects.requireNonNull(split);
        if (split.amount().isNegative() || split.fee().isNegative() || split.net().isNegative()) {
            throw new IllegalArgumentException("a price is never negative");
        }
        if (basis == PriceBasis.TARIFF
                && !baseFare.plus(distanceCharge).plus(urgencySurcharge).equals(split.amount())) {
            throw new IllegalArgumentException("tariff parts do not add up to the total");
        }
    }

    public Money total() {
        return split.amount();
    }

    public Money platformFee() {
        return split.fee();
    }

    public Money providerNet() {
        return split.net();
    }
}
