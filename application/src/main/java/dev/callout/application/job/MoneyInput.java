package dev.callout.application.job;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount as a client sent it; the currency may be left out to mean the category's. */
public record MoneyInput(BigDecimal amount, String currency) {

    public MoneyInput {
        Objects.requireNonNull(amount, "amount");
    }
}
