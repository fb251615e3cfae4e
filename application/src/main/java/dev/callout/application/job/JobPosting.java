package dev.callout.application.job;

import dev.callout.application.file.FileLimits;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Posters;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Posts a priced job: the job, its images attached, its events, its first timeline entry and what
 * {@code alongside} adds, in one transaction.
 */
final class JobPosting {

    private final Jobs jobs;
    private final StoredFiles files;
    private final FileLimits limits;
    private final Outbox outbox;
    private final JobTimeline timeline;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    JobPosting(Jobs jobs, StoredFiles files, FileLimits limits, Outbox outbox, JobTimeline timeline,
               Transactions transactions, Clock clock, IdGenerator ids) {
        this.jobs = jobs;
        this.files = files;
        this.limits = limits;
        this.outbox = outbox;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** {@code posters}: who may post (customers, or providers too). */
    JobResult post(Actor customer, JobDetails details, PriceQuote price, Posters posters, OnCommit<JobResult> onCommit,
                   Consumer<Job> alongside) {
        List<String> images = details.imageFileIds();
        if (images.size() > limits.maxJobPhotos()) {
            return new JobResult.Invalid(Map.of("image_file_ids", "at most " + limits.maxJobPhotos() + " images"));
        }
        return switch (Job.post(JobId.next(ids), customer, details, price, clock.instant(), posters)) {
            case TransitionOutcome.Rejected rejected -> new JobResult.Refused(rejected.reason());
            case TransitionOutcome.Transitioned posted -> transactions.inTransaction(() -> {
                if (!images.isEmpty() && !areUnposted(files.holdForAttaching(images), images, customer.id())) {
                    return new JobResult.Invalid(Map.of("image_file_ids",
                            "must be job images you uploaded and have not posted with a job"));
                }
                JobResult.Ok done = new JobResult.Ok(posted.job());
                onCommit.committing(done);
                jobs.add(posted.job());
                if (!images.isEmpty()) {
                    files.attach(images, posted.job().id());
                }
                alongside.accept(posted.job());
                outbox.record(posted.events());
                timeline.record(TimelineEntry.of(posted.events(), customer));
                return done;
            });
        };
    }

    /** Each of {@code ids} is a job image of the customer's that no job has yet. */
    private static boolean areUnposted(List<StoredFile> held, List<String> ids, UserId customer) {
        return held.size() == ids.size() && held.stream().allMatch(file -> file.ownerId().equals(customer)
                && file.purpose() == FilePurpose.JOB && file.jobId() == null);
    }
}
