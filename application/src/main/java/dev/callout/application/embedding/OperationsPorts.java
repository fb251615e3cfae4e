package dev.callout.application.embedding;

import dev.callout.application.inmemory.InMemoryDeadLetters;
import dev.callout.application.inmemory.InMemoryDispatchRounds;
import dev.callout.application.inmemory.InMemoryDisputes;
import dev.callout.application.inmemory.InMemoryIdempotencyKeys;
import dev.callout.application.inmemory.InMemoryJobDeletions;
import dev.callout.application.inmemory.InMemoryJobTimeline;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLedger;
import dev.callout.application.inmemory.InMemoryMessages;
import dev.callout.application.inmemory.InMemoryNotifications;
import dev.callout.application.inmemory.InMemoryOrders;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryRateLimitCounters;
import dev.callout.application.inmemory.InMemoryReviews;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryTimers;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.IdempotencyKeys;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.port.RateLimitCounters;
import java.time.Duration;
import java.util.Objects;

/**
 * The ports of a {@link CalloutCore}'s {@link Operations}, idempotency keys and rate limits, in memory
 * until swapped. The in-memory job deletions and dead letters reach into the in-memory stores, so
 * once those are swapped, set these too.
 */
public final class OperationsPorts {

    JobDeletions jobDeletions;
    DeadLetters deadLetters;
    IdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    Duration idempotencyLease = Duration.ofSeconds(30);
    RateLimitCounters rateLimitCounters = new InMemoryRateLimitCounters();

    OperationsPorts() {
    }

    /** The in-memory defaults over the core's stores, where those are in memory too. */
    void fillIn(CalloutPorts p) {
        if (deadLetters == null && p.timers instanceof InMemoryTimers timers) {
            deadLetters = new InMemoryDeadLetters(timers, p.outbox);
        }
        TrustPorts t = p.trust;
        if (jobDeletions == null && p.jobs instanceof InMemoryJobs jobs && p.payments instanceof InMemoryPayments payments
                && p.ledger instanceof InMemoryLedger ledger && t.messages instanceof InMemoryMessages messages
                && p.files instanceof InMemoryStoredFiles files && t.reviews instanceof InMemoryReviews reviews
                && t.disputes instanceof InMemoryDisputes disputes && p.rounds instanceof InMemoryDispatchRounds rounds
                && p.timers instanceof InMemoryTimers timers && t.notifications instanceof InMemoryNotifications notifications
                && p.timeline instanceof InMemoryJobTimeline timeline && p.orders instanceof InMemoryOrders orders) {
            jobDeletions = new InMemoryJobDeletions(jobs, payments, ledger, messages, files, reviews, disputes, rounds, timers,
                    notifications, timeline, orders);
        }
    }

    /** Default: deletes from the in-memory stores a job touches. */
    public OperationsPorts jobDeletions(JobDeletions jobDeletions) {
        this.jobDeletions = Objects.requireNonNull(jobDeletions);
        return this;
    }

    /** Default: the dead letters the in-memory timers and the core's events keep. */
    public OperationsPorts deadLetters(DeadLetters deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters);
        return this;
    }

    public OperationsPorts idempotencyKeys(IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys);
        return this;
    }

    /** How long a keyed request holds its key before a retry may run it; default 30 s. */
    public OperationsPorts idempotencyLease(Duration idempotencyLease) {
        this.idempotencyLease = Objects.requireNonNull(idempotencyLease);
        return this;
    }

    public OperationsPorts rateLimitCounters(RateLimitCounters rateLimitCounters) {
        this.rateLimitCounters = Objects.requireNonNull(rateLimitCounters);
        return this;
    }
}
