package dev.callout.domain.dispatch;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who to look for: providers of {@code category} within {@code radiusKm} of {@code center},
 * online with a position no older than {@code maxPositionAge} at {@code now}, other than
 * {@code excluded}; at most {@code limit} of them.
 */
public record NearbySearch(GeoPoint center, String category, double radiusKm, int limit, Set<UserId> excluded,
                           Instant now, Duration maxPositionAge) {

    public static final double MAX_RADIUS_KM = 100;
    public static final int MAX_LIMIT = 100;

    public NearbySearch {
        Objects.requireNonNull(center, "center");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(maxPositionAge, "maxPositionAge");
        if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
            throw new IllegalArgumentException("radius must be in (0, " + MAX_RADIUS_KM + "] km, was " + radiusKm);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        excluded = Set.copyOf(excluded);
    }

    /** The oldest position that still counts. */
    public Instant freshSince() {
        return now.minus(maxPositionAge);
    }
}
