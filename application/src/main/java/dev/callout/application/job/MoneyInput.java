package dev.callout.application.job;

import dev.callout.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An amount as a client sent it; the currency may be left out to mean the category's. */
public record MoneyInput(BigDecimal amount, String currency) {

    public MoneyInput {
        Objects.requireNonNull(amount, "amount");
    }

    /** This amount in the category's {@code expected} currency, or the problem, named {@code <field>.currency} or {@code <field>.amount}. */
    public Converted in(Currency expected, String field) {
        if (currency != null && !currency.equals(expected.getCurrencyCode())) {
            return new Converted(null, Map.of(field + ".currency", "must be " + expected.getCurrencyCode() + " for this category"));
        }
        if (amount.stripTrailingZeros().scale() > expected.getDefaultFractionDigits()) {
            return new Converted(null, Map.of(field + ".amount", "has more than " + expected.getDefaultFractionDigits() + " decimals"));
        }
        try {
            return new Converted(Money.of(amount, expected), Map.of());
        } catch (ArithmeticException tooLarge) {
            return new Converted(null, Map.of(field + ".amount", "is too large"));
        }
    }

    /** The money, or (empty) the field that could not be converted and why. */
    public record Converted(Money money, Map<String, String> problem) {
        public Optional<Money> value() {
            return Optional.ofNullable(money);
        }
    }
}
