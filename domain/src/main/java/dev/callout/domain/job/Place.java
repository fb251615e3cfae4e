package dev.callout.domain.job;

import dev.callout.domain.geo.GeoPoint;
import java.util.Objects;

/** A point with an optional human-readable address. */
public record Place(GeoPoint point, String address) {

    public static final int MAX_ADDRESS_LENGTH = 500;

    public Place {
        Objects.requireNonNull(point, "point");
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("address longer than " + MAX_ADDRESS_LENGTH + " characters");
        }
    }
}
