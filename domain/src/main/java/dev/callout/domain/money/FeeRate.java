package dev.callout.domain.money;

import java.math.RoundingMode;

/**
 * The platform's share of a payment, in basis points (500 = 5%). The fee is rounded half-up to
 * the minor unit and the provider's net is the rest, so fee + net always equals the amount.
 */
public record FeeRate(int basisPoints) {

    public static final FeeRate DEFAULT = new FeeRate(500);

    public FeeRate {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("fee rate must be between 0 and 10000 basis points, was " + basisPoints);
        }
    }

    public FeeSplit split(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot take a fee from a negative amount: " + amount);
        }
        Money fee = amount.basisPoints(basisPoints, RoundingMode.HALF_UP);
        return new FeeSplit(amount, fee, amount.minus(fee));
    }

    /** The rate as a decimal fraction, e.g. 0.05. */
    public java.math.BigDecimal fraction() {
        return java.math.BigDecimal.valueOf(basisPoints).movePointLeft(4).stripTrailingZeros();
    }
}
