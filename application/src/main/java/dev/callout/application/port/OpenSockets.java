package dev.callout.application.port;

import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The realtime sockets open on every node, so that a cap per user holds however many nodes there
 * are. Each node renews the leases of its own sockets while it runs; a dead node's lapse.
 */
public interface OpenSockets {

    /**
     * Records the socket unless the user already holds {@code max} live leases at {@code now}; false
     * (nothing written) when they do. Two opens for one user never both take the last place.
     */
    boolean open(OpenSocket socket, int max, Instant now);

    void close(String socketId);

    /** Extends the leases of the node's sockets to {@code until} and forgets leases that lapsed before {@code now}. */
    void renew(String nodeId, Instant until, Instant now);

    /** One socket's lease. */
    record OpenSocket(String id, UserId userId, String nodeId, Instant leasedUntil) {
        public OpenSocket {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(leasedUntil, "leasedUntil");
        }
    }
}
