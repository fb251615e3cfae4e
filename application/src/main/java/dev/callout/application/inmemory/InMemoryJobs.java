package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/** Jobs in a map; versions behave as in the database (each update bumps the stored version). */
public final class InMemoryJobs implements Jobs {

    private final ConcurrentMap<JobId, Job> jobs = new ConcurrentHashMap<>();

    @Override
    public void add(Job job) {
        if (jobs.putIfAbsent(job.id(), job.withVersion(1)) != null) {
            throw new IllegalStateException("job " + job.id() + " exists");
        }
    }

    @Override
    public Optional<Job> byId(JobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The in-memory transactions run one at a time, so a read holds the job already. */
    @Override
    public Optional<Job> byIdHeld(JobId id) {
        return byId(id);
    }

    @Override
    public UpdateResult update(Job job) {
        boolean[] updated = {false};
        jobs.computeIfPresent(job.id(), (id, stored) -> {
            if (stored.version() != job.version()) {
                return stored;
            }
            updated[0] = true;
            return job.withVersion(job.version() + 1);
        });
        return updated[0] ? UpdateResult.UPDATED : UpdateResult.STALE;
    }

    @Override
    public Page<Job> list(JobQuery query) {
        List<Job> matching = jobs.values().stream()
                .filter(inScope(query.scope()))
                .filter(job -> query.status() == null || job.status() == query.status())
                .filter(job -> query.category() == null || job.details().category().equals(query.category()))
                .filter(job -> !query.ordersOnly() || job.price().basis() == PriceBasis.PACKAGE)
                .sorted(Comparator.comparing(Job::createdAt).thenComparing(job -> job.id().value()).reversed())
                .toList();
        List<Job> page = matching.stream().skip(query.page().offset()).limit(query.page().limit()).toList();
        return new Page<>(page, query.page(), matching.size());
    }

    @Override
    public Optional<Job> activeFor(UserId providerId) {
        return jobs.values().stream()
                .filter(job -> providerId.equals(job.providerId()) && job.status().isActive())
                .max(Comparator.comparing(Job::acceptedAt));
    }

    /** Every job, in no particular order: for the other in-memory stores' reads across jobs. */
    List<Job> all() {
        return List.copyOf(jobs.values());
    }

    @Override
    public long completedBy(UserId providerId) {
        return jobs.values().stream()
                .filter(job -> providerId.equals(job.providerId()) && job.status() == JobStatus.COMPLETED)
                .count();
    }

    private static Predicate<Job> inScope(JobQuery.Scope scope) {
        return switch (scope) {
            case JobQuery.Scope.OfCustomer customer -> job -> job.customerId().equals(customer.customerId());
            case JobQuery.Scope.OfProvider provider -> job -> provider.providerId().equals(job.providerId())
                    || (job.status() == JobStatus.REQUESTED && provider.categories().contains(job.details().category())
                    && !job.excludedProviders().contains(provider.providerId()));
            case JobQuery.Scope.OfParty party -> job -> party.userId().equals(job.customerId())
                    || party.userId().equals(job.providerId());
            case JobQuery.Scope.All all -> job -> true;
        };
    }

    /** Deletes the job (its deletion removes what hangs off it from the other stores). */
    void removeJob(JobId id) {
        jobs.remove(id);
    }
}
