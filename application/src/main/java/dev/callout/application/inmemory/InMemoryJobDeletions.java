package dev.callout.application.inmemory;

import dev.callout.application.port.JobDeletions;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import java.util.List;
import java.util.Optional;

/** Deletes a job from every in-memory store that keeps something of it; the transactions' lock is the job's. */
public final class InMemoryJobDeletions implements JobDeletions {

    private final InMemoryJobs jobs;
    private final InMemoryPayments payments;
    private final InMemoryLedger ledger;
    private final InMemoryMessages messages;
    private final InMemoryStoredFiles files;
    private final InMemoryReviews reviews;
    private final InMemoryDisputes disputes;
    private final InMemoryDispatchRounds rounds;
    private final InMemoryTimers timers;
    private final InMemoryNotifications notifications;
    private final InMemoryJobTimeline timeline;
    private final InMemoryOrders orders;

    public InMemoryJobDeletions(InMemoryJobs jobs, InMemoryPayments payments, InMemoryLedger ledger, InMemoryMessages messages,
                                InMemoryStoredFiles files, InMemoryReviews reviews, InMemoryDisputes disputes,
                                InMemoryDispatchRounds rounds, InMemoryTimers timers, InMemoryNotifications notifications,
                                InMemoryJobTimeline timeline, InMemoryOrders orders) {
        this.jobs = jobs;
        this.payments = payments;
        this.ledger = ledger;
        this.messages = messages;
        this.files = files;
        this.reviews = reviews;
        this.disputes = disputes;
        this.rounds = rounds;
        this.timers = timers;
        this.notifications = notifications;
        this.timeline = timeline;
        this.orders = orders;
    }

    @Override
    public Optional<Job> lock(JobId jobId) {
        return jobs.byId(jobId);
    }

    @Override
    public boolean hasPayments(JobId jobId) {
        return payments.anyForJob(jobId) || !ledger.forJob(jobId).isEmpty();
    }

    @Override
    public boolean holdsMoney(JobId jobId) {
        return payments.holdsMoneyFor(jobId) || !ledger.forJob(jobId).isEmpty();
    }

    @Override
    public List<String> delete(JobId jobId) {
        messages.removeJob(jobId);
        disputes.removeJob(jobId);
        List<String> fileIds = files.removeJob(jobId);
        reviews.removeJob(jobId);
        rounds.removeJob(jobId);
        timers.removeJob(jobId);
        notifications.removeJob(jobId);
        timeline.removeJob(jobId);
        orders.removeJob(jobId);
        payments.removeJob(jobId);
        jobs.removeJob(jobId);
        return fileIds;
    }
}
