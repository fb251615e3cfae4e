package dev.callout.application.dispatch;

import dev.callout.application.port.EtaEstimator;
import dev.callout.domain.dispatch.SpeedModel;
import dev.callout.domain.geo.GeoPoint;
import java.time.Duration;

/** The default ETA: the domain's speed model over the straight line. */
public final class SpeedModelEtas implements EtaEstimator {

    private final SpeedModel model;

    public SpeedModelEtas(SpeedModel model) {
        this.model = model;
    }

    @Override
    public Duration eta(GeoPoint from, GeoPoint to, String category) {
        return model.eta(from.distanceKm(to), category);
    }
}
