package dev.callout.application.realtime;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * Presence on a job's channel: when a party's first socket subscribes to the job, and when their
 * last one unsubscribes, closes or is lost with its node, the job's other parties get a
 * {@code presence} frame {@code {job_id, user_id, state: joined|left, recipient_id}}
 * on whichever node their sockets are. Never stored: like typing, a frame lost while a node is cut
 * off is not repaired, but {@link #subscribed} tells each subscriber who is there.
 */
public interface JobPresenceUseCase {

    /**
     * A party's socket on {@code nodeId} subscribed to the job, its entry leased until
     * {@code leasedUntil}: the job's other parties on its channel now.
     */
    Set<UserId> subscribed(UserId user, Job job, String socketId, String nodeId, Instant leasedUntil);

    void unsubscribed(UserId user, JobId jobId, String socketId);

    /** The socket closed, for whatever reason: it leaves every channel it was on. */
    void disconnected(UserId user, String socketId);

    /** The node is alive: its sockets' entries last until {@code until}; users whose entries lapsed elsewhere leave. */
    void renew(String nodeId, Instant until);
}
