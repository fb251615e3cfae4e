package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where jobs are kept. */
public interface Jobs {

    void add(Job job);

    Optional<Job> byId(JobId id);

    /**
     * As {@link #byId}, and holds the job until the transaction ends: another transaction that reads it so, or
     * writes it, waits until then and sees what this one did.
     */
    Optional<Job> byIdHeld(JobId id);

    /**
     * Stores a changed job only if nobody changed it since it was read (its {@code version}):
     * one conditional write, so of two racing changes exactly one wins.
     */
    UpdateResult update(Job job);

    Page<Job> list(JobQuery query);

    /** The job this provider is working on (accepted, en route or in progress), if any. */
    Optional<Job> activeFor(UserId providerId);

    /** {@link #activeFor} of each provider that has such a job; adapters read them together, this default one by one. */
    default Map<UserId, Job> activeFor(Collection<UserId> providerIds) {
        Map<UserId, Job> active = new HashMap<>();
        providerIds.forEach(id -> activeFor(id).ifPresent(job -> active.put(id, job)));
        return active;
    }

    /** How many jobs this provider has completed (status completed now: a disputed one does not count). */
    long completedBy(UserId providerId);

    enum UpdateResult { UPDATED, STALE }
}
