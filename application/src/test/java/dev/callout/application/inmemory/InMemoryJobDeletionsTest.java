package dev.callout.application.inmemory;

import dev.callout.application.contract.JobDeletionsContract;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.job.JobId;

class InMemoryJobDeletionsTest extends JobDeletionsContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryStoredFiles files = new InMemoryStoredFiles();
    private final InMemoryMessages messages = new InMemoryMessages(jobs, files);
    private final InMemoryReviews reviews = new InMemoryReviews();
    private final InMemoryDisputes disputes = new InMemoryDisputes(files);
    private final InMemoryDispatchRounds rounds = new InMemoryDispatchRounds();
    private final InMemoryTimers timers = new InMemoryTimers();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryPayments payments = new InMemoryPayments();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryJobTimeline timeline = new InMemoryJobTimeline();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryJobDeletions deletions = new InMemoryJobDeletions(jobs, payments, new InMemoryLedger(), messages, files,
            reviews, disputes, rounds, timers, notifications, timeline, orders);

    @Override
    protected JobTimeline timeline() {
        return timeline;
    }

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Messages messages() {
        return messages;
    }

    @Override
    protected StoredFiles files() {
        return files;
    }

    @Override
    protected Reviews reviews() {
        return reviews;
    }

    @Override
    protected Disputes disputes() {
        return disputes;
    }

    @Override
    protected DispatchRounds rounds() {
        return rounds;
    }

    @Override
    protected Timers timers() {
        return timers;
    }

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected Payments payments() {
        return payments;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected JobDeletions deletions() {
        return deletions;
    }

    @Override
    protected long timersOf(JobId jobId) {
        return timers.pending().stream().filter(timer -> timer.jobId().equals(jobId)).count();
    }
}
