package dev.callout.application.presence;

import dev.callout.application.FieldErrors;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider reports where they are (over REST or the socket). While they work on a job its
 * customer receives the position and a fresh ETA; once the job ends nothing more is sent.
 * {@link #update} writes the position before it answers; {@link #report}, for a stream of positions
 * (a socket's), keeps the provider's latest until the next {@link #flushReports}, which writes all
 * the reports kept meanwhile together.
 */
public interface UpdateLocationUseCase {

    LocationResult update(UpdateLocationCommand command);

    /** As {@link #update}, written at the next {@link #flushReports} unless a later report of the provider replaces it. */
    LocationResult report(UpdateLocationCommand command);

    /**
     * Writes the positions reported since the last flush, as of when each was reported, and sends their frames. When
     * the writes fail together, each is tried alone, so one that fails (it is dropped: the next report replaces it)
     * never stops the others. Returns how many were written.
     */
    int flushReports();

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
