package dev.callout.application.payment;

import dev.callout.application.job.MoneyInput;
import dev.callout.domain.money.Money;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** Reads amounts clients send: exact in the currency's minor units, never rounded. */
final class PaymentInputs {

    private PaymentInputs() {
    }

    /** The amount in the given currency, or the field's problem. */
    static Result money(MoneyInput input, Currency defaultCurrency, String field) {
        Currency currency = defaultCurrency;
        if (input.currency() != null) {
            Optional<Currency> named = currency(input.currency());
            if (named.isEmpty()) {
                return new Result(null, Map.of(field + ".currency", "unknown currency '" + input.currency() + "'"));
            }
            currency = named.get();
        }
        if (input.amount().signum() < 0) {
            return new Result(null, Map.of(field + ".amount", "must not be negative"));
        }
        if (input.amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            return new Result(null, Map.of(field + ".amount", "has more decimal places than " + currency.getCurrencyCode()
                    + " allows (" + currency.getDefaultFractionDigits() + ")"));
        }
        try {
            return new Result(Money.of(input.amount(), currency), Map.of());
        } catch (ArithmeticException e) {
            return new Result(null, Map.of(field + ".amount", "is too large"));
        }
    }

    static Optional<Currency> currency(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    record Result(Money money, Map<String, String> problems) {
    }
}
