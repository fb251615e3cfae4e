package dev.callout.application.job;

import dev.callout.application.file.JobPhotos;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.TimelineEntry;
import java.util.List;
import java.util.Objects;

/**
 * A job as GET /jobs/{id} shows it: with what it was ordered as (null: not an order), its
 * timeline, which only its parties and admins see (else null), and its photos, those it was
 * posted with first ({@link JobPhotos#postedFirst}).
 */
public record JobView(Job job, Order order, List<TimelineEntry> timeline, List<StoredFile> photos) {

    public JobView {
        Objects.requireNonNull(job, "job");
        timeline = timeline == null ? null : List.copyOf(timeline);
        photos = JobPhotos.postedFirst(job, List.copyOf(photos));
    }

    /** The view without its timeline, for a caller who may read the job but is not one of its parties. */
    public JobView withoutTimeline() {
        return new JobView(job, order, null, photos);
    }
}
