package dev.callout.domain.job;

import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Set;

/** Names every field of a {@link Job} ({@link Job#builder}, {@link Job#toBuilder}); the job checks its invariants as ever. */
public final class JobBuilder {

    final JobId id;
    final UserId customerId;
    JobDetails details;
    PriceQuote price;
    UserId providerId;
    JobStatus status = JobStatus.REQUESTED;
    Set<UserId> excludedProviders = Set.of();
    Instant createdAt;
    Instant acceptedAt;
    Instant startedAt;
    Instant completedAt;
    Instant cancelledAt;
    String cancellationReason;
    Instant updatedAt;
    long version;

    JobBuilder(JobId id, UserId customerId, JobDetails details, PriceQuote price) {
        this.id = id;
        this.customerId = customerId;
        this.details = details;
        this.price = price;
    }

    public JobBuilder details(JobDetails value) {
        details = value;
        return this;
    }

    public JobBuilder price(PriceQuote value) {
        price = value;
        return this;
    }

    public JobBuilder providerId(UserId value) {
        providerId = value;
        return this;
    }

    public JobBuilder status(JobStatus value) {
        status = value;
        return this;
    }

    public JobBuilder excludedProviders(Set<UserId> value) {
        excludedProviders = value;
        return this;
    }

    public JobBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public JobBuilder acceptedAt(Instant value) {
        acceptedAt = value;
        return this;
    }

    public JobBuilder startedAt(Instant value) {
        startedAt = value;
        return this;
    }

    public JobBuilder completedAt(Instant value) {
        completedAt = value;
        return this;
    }

    public JobBuilder cancelledAt(Instant value) {
        cancelledAt = value;
        return this;
    }

    public JobBuilder cancellationReason(String value) {
        cancellationReason = value;
        return this;
    }

    public JobBuilder updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    public JobBuilder version(long value) {
        version = value;
        return this;
    }

    public Job build() {
        return Job.built(this);
    }
}
