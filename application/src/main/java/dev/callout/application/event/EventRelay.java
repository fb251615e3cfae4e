package dev.callout.application.event;

import dev.callout.application.background.FailedWork;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.PendingEvents;
import dev.callout.application.port.PendingEvents.PendingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hands committed events to every {@link EventHandler} whose {@code handles(type)} is true.
 * A handler that throws is retried alone, later, with exponential backoff; the events after it
 * go on meanwhile. After the last attempt each handler still failing gives up on the event: its
 * delivery is parked as a dead letter (logged once, counted) until an admin retries it. An event
 * is done when every handler has taken it or given up. Call {@link #relayDue} whenever events
 * may be waiting (after a notification, or on a timer); several relays on several nodes share
 * the work through the claims of {@link PendingEvents}.
 */
public final class EventRelay {

    /** How many events one claim takes and how long the claim holds. */
    public record Settings(int batchSize, Duration lease) {

        public static final Settings DEFAULT = new Settings(100, Duration.ofSeconds(30));

        public Settings {
            if (batchSize < 1 || !lease.isPositive()) {
                throw new IllegalArgumentException("invalid relay settings");
            }
        }
    }

    private final PendingEvents pending;
    private final List<? extends EventHandler> handlers;
    private final Clock clock;
    private final Settings settings;
    private final FailedWork failures;

    public EventRelay(PendingEvents pending, List<? extends EventHandler> handlers, Clock clock, Settings settings,
                      FailedWork failures) {
        this.pending = Objects.requireNonNull(pending);
        this.handlers = List.copyOf(handlers);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.failures = Objects.requireNonNull(failures);
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

    private boolean deliver(PendingEvent event) {
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        for (EventHandler handler : handlers) {
            boolean due = event.handlersLeft().isEmpty() || event.handlersLeft().contains(handler.name());
            if (!due || !handler.handles(event.type())) {
                continue;
            }
            try {
                if (event.event() == null) {
                    throw new IllegalStateException("the stored event cannot be read: " + event.unreadable());
                }
                handler.handle(event.event());
            } catch (RuntimeException e) {
                failed.put(handler.name(), e);
            }
        }
        if (failed.isEmpty()) {
            pending.delivered(event);
            return true;
        }
        Instant now = clock.instant();
        if (failures.isLast(event.failedAttempts())) {
            park(event, failed, now);
        } else {
            Instant retryAt = failures.retryAt(now, event.failedAttempts());
            String errors = String.join("; ", failed.entrySet().stream()
                    .map(failure -> failure.getKey() + ": " + FailedWork.describe(failure.getValue())).toList());
            pending.retryLater(event, failed.keySet(), retryAt, errors);
            failures.willRetry(event.type() + " #" + event.id() + " in " + String.join(", ", failed.keySet()),
                    event.failedAttempts(), retryAt, errors);
        }
        return false;
    }

    private void park(PendingEvent event, Map<String, RuntimeException> failed, Instant now) {
        List<DeadLetter> deadLetters = failed.entrySet().stream()
                .map(failure -> failures.deadLetter(DeadLetter.Kind.EVENT, event.type(), event.subjectId(), failure.getKey(),
                        event.failedAttempts(), FailedWork.describe(failure.getValue()), now))
                .toList();
        if (pending.park(event, deadLetters)) {
            deadLetters.forEach(deadLetter -> failures.parked(deadLetter, failed.get(deadLetter.handler())));
        }
    }
}
