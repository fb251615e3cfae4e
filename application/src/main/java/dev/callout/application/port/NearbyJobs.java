package dev.callout.application.port;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Set;

/** Open jobs around a point, through a spatial index. */
public interface NearbyJobs {

    /**
     * Requested jobs of {@code categories} within {@code radiusKm} of {@code center} that
     * {@code provider} has not withdrawn from, nearest first, at most {@code limit}.
     */
    List<Job> openNear(GeoPoint center, double radiusKm, Set<String> categories, UserId provider, int limit);
}
