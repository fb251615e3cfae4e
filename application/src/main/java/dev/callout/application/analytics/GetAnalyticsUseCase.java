package dev.callout.application.analytics;

import dev.callout.domain.user.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The platform's figures for admins (empty for anyone else). {@code from} and {@code to} may be
 * null: {@code to} is then the end of the current UTC day and {@code from} {@link #DEFAULT_SPAN}
 * before {@code to}. A period spans at most {@link #MAX_SPAN}; a series has at most
 * {@link #MAX_BUCKETS} steps. Bad input throws {@code InvalidCommandException} naming the field.
 */
public interface GetAnalyticsUseCase {

    Duration DEFAULT_SPAN = Duration.ofDays(30);
    Duration MAX_SPAN = Duration.ofDays(3_660);
    int MAX_BUCKETS = 1_000;

    Optional<Summary> summary(Actor caller, Instant from, Instant to);

    Optional<Series> series(Actor caller, Instant from, Instant to, Interval interval);

    record Summary(AnalyticsPeriod period, Figures figures) {
    }

    /** Every step of the period, empty ones included, in time order. */
    record Series(AnalyticsPeriod period, Interval interval, List<Bucket> buckets) {
        public Series {
            buckets = List.copyOf(buckets);
        }
    }
}
