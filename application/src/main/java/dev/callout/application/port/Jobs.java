package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import java.util.Optional;

/** Where jobs are kept. */
public interface Jobs {

    void add(Job job);

    Optional<Job> byId(JobId id);

    /**
     * Stores a changed job only if nobody changed it since it was read (its {@code version}):
     * one conditional write, so of two racing changes exactly one wins.
     */
    UpdateResult update(Job job);

    Page<Job> list(JobQuery query);

    enum UpdateResult { UPDATED, STALE }
}
