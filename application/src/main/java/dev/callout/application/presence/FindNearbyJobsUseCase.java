package dev.callout.application.presence;

import dev.callout.application.FieldErrors;
import dev.callout.application.port.NearbyJobs.Budget;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.user.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Open jobs of a provider's categories around them: a point they give, else their fresh position,
 * else their base location, else their last position.
 */
public interface FindNearbyJobsUseCase {

    BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");

    NearbyJobsResult find(NearbyJobsQuery query);

    /**
     * {@code lat}/{@code lng} null: around the provider (see above). {@code budget}: the jobs' totals
     * to keep. {@code status}: only {@code requested} (open) jobs are listed: null or that one.
     */
    record NearbyJobsQuery(Actor provider, Double lat, Double lng, double radiusKm, int limit, Budget budget,
                           JobStatus status) {
        public NearbyJobsQuery {
            Objects.requireNonNull(provider, "provider");
            budget = budget == null ? Budget.ANY : budget;
            new FieldErrors()
                    .require(isAmount(budget.min()), "min_budget", "must be an amount from 0 to " + MAX_BUDGET.toPlainString())
                    .require(isAmount(budget.max()), "max_budget", "must be an amount from 0 to " + MAX_BUDGET.toPlainString())
                    .require(budget.min() == null || budget.max() == null || budget.min().compareTo(budget.max()) <= 0,
                            "max_budget", "must not be less than min_budget")
                    .require(status == null || status == JobStatus.REQUESTED, "status",
                            "only open jobs (requested) are listed nearby")
                    .require((lat == null) == (lng == null), lat == null ? "lat" : "lng", "give both lat and lng, or neither")
                    .require(lat == null || (Double.isFinite(lat) && lat >= -90 && lat <= 90), "lat", "must be between -90 and 90")
                    .require(lng == null || (Double.isFinite(lng) && lng >= -180 && lng <= 180), "lng", "must be between -180 and 180")
                    .require(radiusKm > 0 && radiusKm <= NearbySearch.MAX_RADIUS_KM, "radius_km",
                            "must be more than 0 and at most " + (int) NearbySearch.MAX_RADIUS_KM)
                    .require(limit >= 1 && limit <= NearbySearch.MAX_LIMIT, "limit", "must be between 1 and " + NearbySearch.MAX_LIMIT)
                    .throwIfAny();
        }
    }

    /** Null (no bound), or at most {@link #MAX_BUDGET} with at most four decimals. */
    private static boolean isAmount(BigDecimal value) {
        return value == null || (value.signum() >= 0 && value.compareTo(MAX_BUDGET) <= 0 && value.stripTrailingZeros().scale() <= 4);
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
