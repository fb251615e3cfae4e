package dev.callout.application.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One step of a series: the jobs posted and the payments opened from {@code start} for one interval. */
public record Bucket(Instant start, JobFigures jobs, List<PaymentFigures> payments) {

    public Bucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(jobs, "jobs");
        payments = payments.stream().sorted(Figures.MOST_PAYMENTS_FIRST).toList();
    }
}
