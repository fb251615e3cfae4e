package dev.callout.application.job;

import dev.callout.application.file.FileLimits;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Categories;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import java.time.Clock;

public final class PostJobService implements PostJobUseCase {

    private final JobPricing pricing;
    private final JobPosting posting;
    private final JobRules rules;

    public PostJobService(Categories categories, Jobs jobs, StoredFiles files, FileLimits limits, Outbox outbox,
                          JobTimeline timeline, Transactions transactions, Clock clock, IdGenerator ids) {
        this(categories, jobs, files, limits, outbox, timeline, transactions, clock, ids, JobRules.DEFAULT);
    }

    public PostJobService(Categories categories, Jobs jobs, StoredFiles files, FileLimits limits, Outbox outbox,
                          JobTimeline timeline, Transactions transactions, Clock clock, IdGenerator ids, JobRules rules) {
        this.rules = rules;
        this.pricing = new JobPricing(categories, rules);
        this.posting = new JobPosting(jobs, files, limits, outbox, timeline, transactions, clock, ids);
    }

    @Override
    public JobResult post(PostJobCommand command, OnCommit<JobResult> onCommit) {
        return switch (pricing.price(command.request())) {
            case JobPricing.Priced.Invalid invalid -> new JobResult.Invalid(invalid.fields());
            case JobPricing.Priced.Ok ok -> posting.post(command.customer(), command.request().details(ok.category().code()),
                    ok.quote(), rules.posters(), onCommit, job -> {
                    });
        };
    }
}
