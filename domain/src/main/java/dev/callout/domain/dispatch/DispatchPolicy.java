package dev.callout.domain.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a job is offered: {@code batchSize} providers at a time, the search radius of each step
 * (repeat a radius for several batches at the same distance), how long an offer stands before
 * the next step, how long before a scheduled job's time dispatch starts, and how old a
 * position may be for its provider to count as present. A job posted favourites-first gets a
 * step before the radius steps: see {@link #plan}. A job nobody took by the last step's end expires
 * (no provider found), unless {@code untakenJobsExpire} is false: then it stays open, for any
 * provider to take, until it is taken or its customer cancels it.
 */
public record DispatchPolicy(int batchSize, List<Double> radiiKm, Duration offerTimeout, Duration scheduledLead,
                             Duration maxPositionAge, boolean untakenJobsExpire) {

    public static final DispatchPolicy DEFAULT = new DispatchPolicy(3, List.of(3.0, 6.0, 12.0),
            Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(5));

    public DispatchPolicy(int batchSize, List<Double> radiiKm, Duration offerTimeout, Duration scheduledLead,
                          Duration maxPositionAge) {
        this(batchSize, radiiKm, offerTimeout, scheduledLead, maxPositionAge, true);
    }

    public DispatchPolicy {
        radiiKm = List.copyOf(radiiKm);
        Objects.requireNonNull(offerTimeout);
        Objects.requireNonNull(scheduledLead);
        Objects.requireNonNull(maxPositionAge);
        if (batchSize < 1 || batchSize > NearbySearch.MAX_LIMIT) {
            throw new IllegalArgumentException("batch size must be 1.." + NearbySearch.MAX_LIMIT);
        }
        if (radiiKm.isEmpty()) {
            throw new IllegalArgumentException("at least one radius");
        }
        for (int i = 0; i < radiiKm.size(); i++) {
            double radius = radiiKm.get(i);
            if (!(radius > 0 && radius <= NearbySearch.MAX_RADIUS_KM) || (i > 0 && radius < radiiKm.get(i - 1))) {
                throw new IllegalArgumentException("radii must be positive, at most " + NearbySearch.MAX_RADIUS_KM
                        + " km and never shrink: " + radiiKm);
            }
        }
        if (!offerTimeout.isPositive() || scheduledLead.isNegative() || !maxPositionAge.isPositive()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public int steps() {
        return radiiKm.size();
    }

    /**
     * The steps of each wave of a job: its customer's favourites first when they asked for it,
     * then one step per radius. A timer names its step by its index in this plan, which depends
     * only on the stored job, so every node and every restart reads it the same.
     */
    public List<DispatchStep> plan(boolean favoritesFirst) {
        List<DispatchStep> plan = new ArrayList<>();
        if (favoritesFirst) {
            plan.add(new DispatchStep.Favorites());
        }
        radiiKm.forEach(radius -> plan.add(new DispatchStep.Nearby(radius)));
        return List.copyOf(plan);
    }
}
