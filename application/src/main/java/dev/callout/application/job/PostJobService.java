package dev.callout.application.job;

import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Categories;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TransitionOutcome;
import java.time.Clock;

public final class PostJobService implements PostJobUseCase {

    private final JobPricing pricing;
    private final Jobs jobs;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public PostJobService(Categories categories, Jobs jobs, Outbox outbox, Transactions transactions, Clock clock,
                          IdGenerator ids) {
        this.pricing = new JobPricing(categories);
        this.jobs = jobs;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public JobResult post(PostJobCommand command, OnCommit<JobResult> onCommit) {
        return switch (pricing.price(command.request())) {
            case JobPricing.Priced.Invalid invalid -> new JobResult.Invalid(invalid.fields());
            case JobPricing.Priced.Ok ok -> switch (Job.post(JobId.next(ids), command.customer(),
                    command.request().details(), ok.quote(), clock.instant())) {
                case TransitionOutcome.Rejected rejected -> new JobResult.Refused(rejected.reason());
                case TransitionOutcome.Transitioned posted -> transactions.inTransaction(() -> {
                    JobResult.Ok done = new JobResult.Ok(posted.job());
                    onCommit.committing(done);
                    jobs.add(posted.job());
                    outbox.record(posted.events());
                    return done;
                });
            };
        };
    }
}
