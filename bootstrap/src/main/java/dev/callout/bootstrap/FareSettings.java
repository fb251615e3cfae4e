package dev.callout.bootstrap;

import dev.callout.application.catalog.TariffedCategories.Fare;
import dev.callout.domain.money.Money;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A deployment's own fare for one category ({@code callout.catalog.fares.<code>.currency},
 * {@code .base-fare}, {@code .per-km}), replacing the stored tariff's amounts and currency: how a
 * profile prices in its product's currency. Amounts are decimals in that currency, exact.
 */
@EachProperty("callout.catalog.fares")
public class FareSettings {

    private final String category;
    private String currency;
    private BigDecimal baseFare;
    private BigDecimal perKm = BigDecimal.ZERO;

    public FareSettings(@Parameter String category) {
        this.category = category;
    }

    String category() {
        return category;
    }

    Fare fare() {
        Currency chosen = Currency.getInstance(currency);
        return new Fare(Money.of(baseFare, chosen), Money.of(perKm, chosen));
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getBaseFare() {
        return baseFare;
    }

    public void setBaseFare(BigDecimal baseFare) {
        this.baseFare = baseFare;
    }

    public BigDecimal getPerKm() {
        return perKm;
    }

    public void setPerKm(BigDecimal perKm) {
        this.perKm = perKm;
    }
}
