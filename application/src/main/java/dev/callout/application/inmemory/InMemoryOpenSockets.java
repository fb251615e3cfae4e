package dev.callout.application.inmemory;

import dev.callout.application.port.OpenSockets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Socket leases in a map: one process is one node. */
public final class InMemoryOpenSockets implements OpenSockets {

    private final Map<String, OpenSocket> sockets = new LinkedHashMap<>();

    @Override
    public synchronized boolean open(OpenSocket socket, int max, Instant now) {
        long live = sockets.values().stream()
                .filter(open -> open.userId().equals(socket.userId()) && open.leasedUntil().isAfter(now))
                .count();
        if (live >= max) {
            return false;
        }
        sockets.put(socket.id(), socket);
        return true;
    }

    @Override
    public synchronized void close(String socketId) {
        sockets.remove(socketId);
    }

    @Override
    public synchronized void renew(String nodeId, Instant until, Instant now) {
        sockets.replaceAll((id, open) -> open.nodeId().equals(nodeId)
                ? new OpenSocket(open.id(), open.userId(), open.nodeId(), until) : open);
        sockets.values().removeIf(open -> !open.leasedUntil().isAfter(now));
    }
}
