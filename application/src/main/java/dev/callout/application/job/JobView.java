package dev.callout.application.job;

import dev.callout.domain.catalog.Order;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.TimelineEntry;
import java.util.List;
import java.util.Objects;

/**
 * A job as GET /jobs/{id} shows it: with what it was ordered as (null: not an order) and its
 * timeline, which only its parties and admins see (else null).
 */
public record JobView(Job job, Order order, List<TimelineEntry> timeline) {

    public JobView {
        Objects.requireNonNull(job, "job");
        timeline = timeline == null ? null : List.copyOf(timeline);
    }
}
