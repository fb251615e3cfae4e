package dev.callout.application.presence;

import dev.callout.application.FieldErrors;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider reports where they are (over REST or the socket). While they work on a job its
 * customer receives the position and a fresh ETA; once the job ends nothing more is sent.
 */
public interface UpdateLocationUseCase {

    LocationResult update(UpdateLocationCommand command);

    record UpdateLocationCommand(Actor provider, GeoPoint point) {
        public UpdateLocationCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(point, "point");
        }

        /** From raw input: out-of-range or missing coordinates are field errors. */
        public static UpdateLocationCommand of(Actor provider, Double lat, Double lng) {
            FieldErrors errors = new FieldErrors();
            errors.require(lat != null && Double.isFinite(lat) && lat >= -90 && lat <= 90, "lat", "must be between -90 and 90");
            errors.require(lng != null && Double.isFinite(lng) && lng >= -180 && lng <= 180, "lng", "must be between -180 and 180");
            errors.throwIfAny();
            return new UpdateLocationCommand(provider, new GeoPoint(lat, lng));
        }
    }

    sealed interface LocationResult {
        record Updated(Instant at) implements LocationResult {
        }

        record NotAProvider() implements LocationResult {
        }
    }
}
