package dev.callout.bootstrap;

import dev.callout.application.catalog.ListCategoriesService;
import dev.callout.application.catalog.ListCategoriesUseCase;
import dev.callout.application.file.FileLimits;
import dev.callout.application.job.AcceptJobService;
import dev.callout.application.job.AcceptJobUseCase;
import dev.callout.application.job.CancelJobService;
import dev.callout.application.job.CancelJobUseCase;
import dev.callout.application.job.ChangeJobStatusService;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.GetJobService;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobRules;
import dev.callout.application.job.ListJobsService;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.PostJobService;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.QuoteJobService;
import dev.callout.application.job.QuoteJobUseCase;
import dev.callout.application.payment.CardsHeldAtPosting;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.port.Categories;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.CancellationPolicy;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The jobs use cases (quote, post, read, list, accept, change status, cancel), each from its plain constructor. */
@Factory
class JobUseCases {

    @Singleton
    ListCategoriesUseCase listCategories(Categories categories) {
        return new ListCategoriesService(categories);
    }

    @Singleton
    JobRules jobRules(JobSettings settings) {
        return settings.rules();
    }

    @Singleton
    QuoteJobUseCase quoteJob(Categories categories, JobRules rules) {
        return new QuoteJobService(categories, rules);
    }

    @Singleton
    PostJobUseCase postJob(Categories categories, Jobs jobs, StoredFiles files, FileLimits limits, Outbox outbox,
                           JobTimeline timeline, Transactions transactions, Clock clock, IdGenerator ids, JobRules rules,
                           PaymentSettings payments, CreatePaymentUseCase pay, @Nullable PostingDispatch early) {
        PostJobUseCase stored = new PostJobService(categories, jobs, files, limits, outbox, timeline, transactions, clock,
                ids, rules);
        PostJobUseCase post = early == null ? stored : early.posting(stored);
        return payments.isCardsHeldFromPosting() ? CardsHeldAtPosting.posting(post, pay) : post;
    }

    @Singleton
    GetJobUseCase getJob(Jobs jobs, JobViews views, JobSettings settings) {
        return new GetJobService(jobs, views, settings.isRefuseNonPartiesOpenly());
    }

    @Singleton
    ListJobsUseCase listJobs(Jobs jobs) {
        return new ListJobsService(jobs);
    }

    @Singleton
    AcceptJobUseCase acceptJob(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock) {
        return new AcceptJobService(jobs, outbox, timeline, transactions, clock);
    }

    @Singleton
    ChangeJobStatusUseCase changeJobStatus(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions,
                                           Clock clock, CancellationPolicy cancellation) {
        return new ChangeJobStatusService(jobs, outbox, timeline, transactions, clock, cancellation);
    }

    @Singleton
    CancelJobUseCase cancelJob(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock,
                               CancellationPolicy cancellation) {
        return new CancelJobService(jobs, outbox, timeline, transactions, clock, cancellation);
    }
}
