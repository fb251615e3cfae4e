package dev.callout.domain.dispatch;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A plain travel-time model: straight-line distance stretched by a road factor, at an average
 * speed per category (a tow truck is slower than a plumber's scooter). Good enough until a
 * routing engine is plugged in behind the ETA port.
 */
public record SpeedModel(double defaultKmh, Map<String, Double> kmhByCategory, double roadFactor) {

    /** Metro Manila traffic: about 20 km/h door to door, roads 1.4 times the straight line. */
    public static final SpeedModel METRO_MANILA = new SpeedModel(20, Map.of("towing", 15.0), 1.4);

    public SpeedModel {
        Objects.requireNonNull(kmhByCategory);
        kmhByCategory = Map.copyOf(kmhByCategory);
        if (!(defaultKmh > 0) || kmhByCategory.values().stream().anyMatch(kmh -> !(kmh > 0))) {
            throw new IllegalArgumentException("speeds must be positive");
        }
        if (!(roadFactor >= 1)) {
            throw new IllegalArgumentException("the road factor is at least 1");
        }
    }

    /** Whole seconds, rounded up, to travel {@code distanceKm} in a straight line. */
    public Duration eta(double distanceKm, String category) {
        double kmh = kmhByCategory.getOrDefault(category, defaultKmh);
        return Duration.ofSeconds((long) Math.ceil(distanceKm * roadFactor / kmh * 3600));
    }
}
