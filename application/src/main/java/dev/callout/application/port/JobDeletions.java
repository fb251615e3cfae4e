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
     * Whether money is or may be held for the job: a payment not cancelled or failed, or with a gateway call still to
     * make, or a ledger entry. Cancelled and failed payments without one go with the job ({@link #delete}).
     */
    boolean holdsMoney(JobId jobId);

    /**
     * Deletes the locked job with its messages, file records (photos, dispute evidence), reviews,
     * dispute, dispatch round, timers still to fire, the notifications that name it and its payments (only ever
     * cancelled or failed ones without ledger entries: the caller checked): the ids of
     * the files whose records went, whose bytes are the caller's to delete once this commits.
     */
    List<String> delete(JobId jobId);
}
