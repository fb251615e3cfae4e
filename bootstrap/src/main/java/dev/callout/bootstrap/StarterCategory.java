package dev.callout.bootstrap;

import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import io.micronaut.context.annotation.EachProperty;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * One category of a deployment's starter catalogue ({@code callout.catalog.categories[i].*}, e.g. a
 * profile's settings file): its code, name and tariff, amounts in the currency's major unit
 * ({@code per-km: "150.00"}), exact to its minor unit or the start fails.
 */
@EachProperty(value = "callout.catalog.categories", list = true)
public class StarterCategory {

    private String code;
    private String name;
    private String currency;
    private BigDecimal baseFare = BigDecimal.ZERO;
    private BigDecimal perKm = BigDecimal.ZERO;
    private int immediateSurchargeBps;
    private int platformFeeBps = 500;
    private boolean requiresVehicle;

    Category category() {
        Currency money = Currency.getInstance(currency);
        return new Category(code, name, new PricingPolicy(Money.of(baseFare, money), Money.of(perKm, money),
                immediateSurchargeBps, new FeeRate(platformFeeBps)), requiresVehicle);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public int getImmediateSurchargeBps() {
        return immediateSurchargeBps;
    }

    public void setImmediateSurchargeBps(int immediateSurchargeBps) {
        this.immediateSurchargeBps = immediateSurchargeBps;
    }

    public int getPlatformFeeBps() {
        return platformFeeBps;
    }

    public void setPlatformFeeBps(int platformFeeBps) {
        this.platformFeeBps = platformFeeBps;
    }

    public boolean isRequiresVehicle() {
        return requiresVehicle;
    }

    public void setRequiresVehicle(boolean requiresVehicle) {
        this.requiresVehicle = requiresVehicle;
    }
}
