package dev.callout.application.port;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import java.util.List;
import java.util.Optional;

/**
 * Hard deletion of a job for moderation, in the caller's transaction: first the job is locked,
 * then checked for money, then deleted with everything that refers to it.
 */
public interface JobDeletions {

    /**
     * The job, locked until the transaction ends: anything that would refer to it (a payment, a
     * message, a photo, an offer) waits meanwhile and is refused once the deletion commits (a
     * message finds the job gone; other writes fail their foreign key).
     */
    Optional<Job> lock(JobId jobId);

    /** Whether a payment, of whatever status, or a ledger entry names the job. */
    boolean hasPayments(JobId jobId);

    /**
     * Deletes the locked job with its messages, file records (photos, dispute evidence), reviews,
     * dispute, dispatch round, timers still to fire and the notifications that name it: the ids of
     * the files whose records went, whose bytes are the caller's to delete once this commits.
     */
    List<String> delete(JobId jobId);
}
