package dev.callout.application.port;

import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.job.JobId;
import java.util.Optional;

/** Where each job's dispatch stands. */
public interface DispatchRounds {

    Optional<DispatchRound> byJob(JobId jobId);

    /** Inserts or replaces the job's round. */
    void save(DispatchRound round);
}
