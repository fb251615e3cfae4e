package dev.callout.application.inmemory;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.domain.job.JobId;
import java.util.Optional;

/** A job, its order and its timeline read from the three stores that keep them. */
public final class InMemoryJobViews implements JobViews {

    private final Jobs jobs;
    private final Orders orders;
    private final JobTimeline timeline;

    public InMemoryJobViews(Jobs jobs, Orders orders, JobTimeline timeline) {
        this.jobs = jobs;
        this.orders = orders;
        this.timeline = timeline;
    }

    @Override
    public Optional<JobView> byId(JobId id) {
        return jobs.byId(id).map(job -> new JobView(job, orders.ofJob(id).orElse(null), timeline.of(id)));
    }
}
