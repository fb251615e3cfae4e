package dev.callout.domain.pricing;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.money.Money;
import java.util.Objects;

/** What a price depends on. Dropoff, budget and package price are optional (null). */
public record PriceRequest(GeoPoint pickup, GeoPoint dropoff, Urgency urgency, Money budget, Money packagePrice) {

    public PriceRequest {
        Objects.requireNonNull(pickup, "pickup");
        Objects.requireNonNull(urgency, "urgency");
        if (budget != null && !budget.isPositive()) {
            throw new IllegalArgumentException("budget must be positive");
        }
        if (packagePrice != null && packagePrice.isNegative()) {
            throw new IllegalArgumentException("package price cannot be negative");
        }
    }
}
