package dev.callout.application.job;

import dev.callout.application.file.FileLimits;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Categories;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

public final class PostJobService implements PostJobUseCase {

    private final JobPricing pricing;
    private final Jobs jobs;
    private final StoredFiles files;
    private final FileLimits limits;
    private final Outbox outbox;
    private final JobTimeline timeline;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public PostJobService(Categories categories, Jobs jobs, StoredFiles files, FileLimits limits, Outbox outbox,
                          JobTimeline timeline, Transactions transactions, Clock clock, IdGenerator ids) {
        this.pricing = new JobPricing(categories);
        this.jobs = jobs;
        this.files = files;
        this.limits = limits;
        this.outbox = outbox;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public JobResult post(PostJobCommand command, OnCommit<JobResult> onCommit) {
        List<String> images = command.request().imageFileIds();
        if (images.size() > limits.maxJobPhotos()) {
            return new JobResult.Invalid(Map.of("image_file_ids", "at most " + limits.maxJobPhotos() + " images"));
        }
        return switch (pricing.price(command.request())) {
            case JobPricing.Priced.Invalid invalid -> new JobResult.Invalid(invalid.fields());
            case JobPricing.Priced.Ok ok -> switch (Job.post(JobId.next(ids), command.customer(),
                    command.request().details(), ok.quote(), clock.instant())) {
                case TransitionOutcome.Rejected rejected -> new JobResult.Refused(rejected.reason());
                case TransitionOutcome.Transitioned posted -> transactions.inTransaction(() -> {
                    if (!images.isEmpty() && !areUnposted(files.holdForAttaching(images), images, command.customer().id())) {
                        return new JobResult.Invalid(Map.of("image_file_ids",
                                "must be job images you uploaded and have not posted with a job"));
                    }
                    JobResult.Ok done = new JobResult.Ok(posted.job());
                    onCommit.committing(done);
                    jobs.add(posted.job());
                    if (!images.isEmpty()) {
                        files.attach(images, posted.job().id());
                    }
                    outbox.record(posted.events());
                    timeline.record(TimelineEntry.of(posted.events(), command.customer()));
                    return done;
                });
            };
        };
    }

    /** Each of {@code ids} is a job image of the customer's that no job has yet. */
    private static boolean areUnposted(List<StoredFile> held, List<String> ids, UserId customer) {
        return held.size() == ids.size() && held.stream().allMatch(file -> file.ownerId().equals(customer)
                && file.purpose() == FilePurpose.JOB && file.jobId() == null);
    }
}
