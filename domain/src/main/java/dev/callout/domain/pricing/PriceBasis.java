package dev.callout.domain.pricing;

import java.util.Locale;

/** Where a price came from. */
public enum PriceBasis {
    /** The category's tariff: base fare, distance and urgency. */
    TARIFF,
    /** The customer's own budget (gig marketplaces). */
    BUDGET,
    /** A fixed-price service package from the catalog. */
    PACKAGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
