package dev.callout.application.event;

import dev.callout.application.port.PendingEvents;
import dev.callout.application.port.PendingEvents.PendingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Hands committed events to every {@link EventHandler} whose {@code handles(type)} is true.
 * A handler that throws is retried alone, later, with exponential backoff; the events after it
 * go on meanwhile. An event is done when every handler has taken it. Call {@link #relayDue}
 * whenever events may be waiting (after a notification, or on a timer); several relays on
 * several nodes share the work through the claims of {@link PendingEvents}.
 */
public final class EventRelay {

    /** How many events one claim takes, how long the claim holds, and the retry backoff. */
    public record Settings(int batchSize, Duration lease, Duration firstRetry, Duration maxRetry) {

        public static final Settings DEFAULT = new Settings(100, Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofMinutes(5));

        public Settings {
            if (batchSize < 1 || !lease.isPositive() || !firstRetry.isPositive() || maxRetry.compareTo(firstRetry) < 0) {
                throw new IllegalArgumentException("invalid relay settings");
            }
        }
    }

    private static final System.Logger LOG = System.getLogger("callout.relay");

    private final PendingEvents pending;
    private final List<? extends EventHandler> handlers;
    private final Clock clock;
    private final Settings settings;

    public EventRelay(PendingEvents pending, List<? extends EventHandler> handlers, Clock clock, Settings settings) {
        this.pending = Objects.requireNonNull(pending);
        this.handlers = List.copyOf(handlers);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        long distinct = this.handlers.stream().map(EventHandler::name).distinct().count();
        if (distinct != this.handlers.size()) {
            throw new IllegalArgumentException("two event handlers share a name");
        }
    }

    /** Delivers every event due now; returns how many were finished. */
    public int relayDue() {
        int finished = 0;
        while (true) {
            List<PendingEvent> batch = pending.claim(clock.instant(), settings.batchSize(), settings.lease());
            for (PendingEvent event : batch) {
                if (deliver(event)) {
                    finished++;
                }
            }
            if (batch.size() < settings.batchSize()) {
                return finished;
            }
        }
    }

    private boolean deliver(PendingEvent pendingEvent) {
        String type = pendingEvent.event().type();
        Set<String> failed = new LinkedHashSet<>();
        String lastError = null;
        for (EventHandler handler : handlers) {
            boolean due = pendingEvent.handlersLeft().isEmpty() || pendingEvent.handlersLeft().contains(handler.name());
            if (!due || !handler.handles(type)) {
                continue;
            }
            try {
                handler.handle(pendingEvent.event());
            } catch (RuntimeException e) {
                failed.add(handler.name());
                lastError = handler.name() + ": " + e;
                LOG.log(System.Logger.Level.WARNING, "handler " + handler.name() + " failed on " + type + " #"
                        + pendingEvent.id() + " (attempt " + (pendingEvent.attempts() + 1) + ")", e);
            }
        }
        if (failed.isEmpty()) {
            pending.delivered(pendingEvent.id());
            return true;
        }
        pending.retryLater(pendingEvent.id(), failed, clock.instant().plus(backoff(pendingEvent.attempts())), lastError);
        return false;
    }

    /** 1 s, 2 s, 4 s ... up to the maximum. */
    Duration backoff(int previousAttempts) {
        Duration delay = settings.firstRetry().multipliedBy(1L << Math.min(previousAttempts, 20));
        return delay.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : delay;
    }
}
