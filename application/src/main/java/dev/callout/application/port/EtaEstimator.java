package dev.callout.application.port;

import dev.callout.domain.geo.GeoPoint;
import java.time.Duration;

/** How long a provider of {@code category} needs to get from one point to another. */
public interface EtaEstimator {

    Duration eta(GeoPoint from, GeoPoint to, String category);
}
