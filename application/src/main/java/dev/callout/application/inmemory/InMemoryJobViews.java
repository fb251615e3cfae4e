package dev.callout.application.inmemory;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.StoredFiles;
import dev.callout.domain.job.JobId;
import java.util.List;
import java.util.Optional;

/** A job, its order, its timeline and its photos read from the four stores that keep them. */
public final class InMemoryJobViews implements JobViews {

    private final Jobs jobs;
    private final Orders orders;
    private final JobTimeline timeline;
    private final StoredFiles files;

    public InMemoryJobViews(Jobs jobs, Orders orders, JobTimeline timeline, StoredFiles files) {
        this.jobs = jobs;
        this.orders = orders;
        this.timeline = timeline;
        this.files = files;
    }

    @Override
    public Optional<JobView> byId(JobId id) {
        return jobs.byId(id).map(job -> new JobView(job, orders.ofJob(id).orElse(null), timeline.of(id),
                files.photosOf(List.of(id))));
    }
}
