package dev.callout.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the currency's minor units (cents, centavos; yen have none).
 * Never a float: conversions from decimals and every multiplication name their rounding.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit");
        }
    }

    public static Money ofMinor(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Exact conversion: fails if the amount has more decimals than the currency allows. */
    public static Money of(BigDecimal amount, Currency currency) {
        return of(amount, currency, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal minorUnits = amount.setScale(currency.getDefaultFractionDigits(), rounding).movePointRight(currency.getDefaultFractionDigits());
        return new Money(minorUnits.longValueExact(), currency);
    }

    public static Money parse(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public int fractionDigits() {
        return currency.getDefaultFractionDigits();
    }

    /** The amount as a decimal with exactly the currency's minor-unit digits ("850.00", "1500" for JPY). */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, fractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /** This amount times a decimal factor, rounded to the minor unit with the given mode. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        BigDecimal product = BigDecimal.valueOf(minor).multiply(factor).setScale(0, rounding);
        return new Money(product.longValueExact(), currency);
    }

    /** This amount's share in basis points (1 bp = 0.01%), rounded with the given mode. */
    public Money basisPoints(int bps, RoundingMode rounding) {
        return times(BigDecimal.valueOf(bps).movePointLeft(4), rounding);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
