package dev.callout.domain.catalog;

import dev.callout.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One way to buy a service: a name, a description, a fixed price, how long it takes, and what it includes. */
public record ServicePackage(String id, String serviceId, String name, String description, Money price,
                             int durationMinutes, List<String> features, Instant createdAt, Instant updatedAt) {

    public static final String PREFIX = "pkg";
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_FEATURES = 20;
    public static final int MAX_FEATURE_LENGTH = 200;
    public static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    public ServicePackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        features = List.copyOf(features);
        if (price.isNegative()) {
            throw new IllegalArgumentException("a package price is never negative");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new IllegalArgumentException("a package takes 1 minute to 7 days");
        }
    }
}
