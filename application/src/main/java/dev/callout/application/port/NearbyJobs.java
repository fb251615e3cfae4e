package dev.callout.application.port;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Open jobs around a point, through a spatial index. */
public interface NearbyJobs {

    /**
     * Requested jobs of {@code categories} within {@code radiusKm} of {@code center} that
     * {@code provider} has not withdrawn from and whose total is in {@code budget}, nearest first,
     * at most {@code limit}.
     */
    List<Job> openNear(GeoPoint center, double radiusKm, Set<String> categories, UserId provider, Budget budget, int limit);

    /** A job's total at least {@code min} and at most {@code max} in its own currency; null: no bound. */
    record Budget(BigDecimal min, BigDecimal max) {

        public static final Budget ANY = new Budget(null, null);

        public boolean admits(Money total) {
            return (min == null || total.amount().compareTo(min) >= 0) && (max == null || total.amount().compareTo(max) <= 0);
        }
    }
}
