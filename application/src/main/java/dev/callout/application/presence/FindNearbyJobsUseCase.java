package dev.callout.application.presence;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.Job;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Objects;

/**
 * Open jobs of a provider's categories around them: a point they give, else their fresh position,
 * else their base location, else their last position.
 */
public interface FindNearbyJobsUseCase {

    NearbyJobsResult find(NearbyJobsQuery query);

    /** {@code lat}/{@code lng} null: around the provider (see above). */
    record NearbyJobsQuery(Actor provider, Double lat, Double lng, double radiusKm, int limit) {
        public NearbyJobsQuery {
            Objects.requireNonNull(provider, "provider");
            new FieldErrors()
                    .require((lat == null) == (lng == null), lat == null ? "lat" : "lng", "give both lat and lng, or neither")
                    .require(lat == null || (Double.isFinite(lat) && lat >= -90 && lat <= 90), "lat", "must be between -90 and 90")
                    .require(lng == null || (Double.isFinite(lng) && lng >= -180 && lng <= 180), "lng", "must be between -180 and 180")
                    .require(radiusKm > 0 && radiusKm <= NearbySearch.MAX_RADIUS_KM, "radius_km",
                            "must be more than 0 and at most " + (int) NearbySearch.MAX_RADIUS_KM)
                    .require(limit >= 1 && limit <= NearbySearch.MAX_LIMIT, "limit", "must be between 1 and " + NearbySearch.MAX_LIMIT)
                    .throwIfAny();
        }
    }

    record NearbyJob(Job job, double distanceKm) {
    }

    sealed interface NearbyJobsResult {
        record Found(List<NearbyJob> jobs) implements NearbyJobsResult {
            public Found {
                jobs = List.copyOf(jobs);
            }
        }

        /** No point given, no position reported yet and no base location. */
        record NoPosition() implements NearbyJobsResult {
        }
    }
}
