package dev.callout.domain.pricing;

import java.util.Objects;

/**
 * A kind of service (towing, plumbing, moving help) and its tariff. Categories that need a
 * vehicle (towing) ask providers for vehicle and licence details.
 */
public record Category(String code, String name, PricingPolicy pricing, boolean requiresVehicle) {

    public static final int MAX_CODE_LENGTH = 64;

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pricing, "pricing");
    }
}
