package dev.callout.application.inmemory;

import dev.callout.application.port.ProcessedWebhooks;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Handled event ids in a concurrent set: of two concurrent marks of one id, one wins. */
public final class InMemoryProcessedWebhooks implements ProcessedWebhooks {

    private final Set<String> processed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean markProcessed(String eventId, String type, String ignoredBecause, Instant at) {
        return processed.add(eventId);
    }

    @Override
    public boolean isProcessed(String eventId) {
        return processed.contains(eventId);
    }
}
