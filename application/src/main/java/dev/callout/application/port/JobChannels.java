package dev.callout.application.port;

import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which sockets, on every node, are subscribed to which job's channel. A user is present on a
 * job's channel while at least one of their sockets is: the first socket to join and the last to
 * leave are told apart however many sockets and nodes race. Each node renews the leases of its
 * sockets' entries while it runs; a dead node's lapse, and their users leave then.
 */
public interface JobChannels {

    /**
     * Puts the socket on the job's channel: true when the user had no socket there (they joined).
     * Joining again changes nothing; of concurrent joins by one user's sockets exactly one is first.
     */
    boolean join(Member member);

    /** Takes the socket off the job's channel: true when it was its user's last one there (they left). */
    boolean leave(String socketId, JobId jobId);

    /** Takes the socket off every channel it is on: the jobs whose channel its user left thereby. */
    List<JobId> leaveAll(String socketId);

    /** The users on the job's channel. */
    Set<UserId> present(JobId jobId);

    /**
     * Extends the leases of the node's entries to {@code until} and removes the entries of every
     * node that lapsed by {@code now}: the users who left a channel thereby, each reported once.
     */
    List<Departure> renew(String nodeId, Instant until, Instant now);

    /** One socket's entry on one job's channel. */
    record Member(String socketId, UserId userId, JobId jobId, String nodeId, Instant leasedUntil) {
        public Member {
            Objects.requireNonNull(socketId, "socketId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(leasedUntil, "leasedUntil");
        }
    }

    /** A user's last entry on a job's channel lapsed. */
    record Departure(JobId jobId, UserId userId) {
        public Departure {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(userId, "userId");
        }
    }
}
