package dev.callout.application.inmemory;

import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.Fields;
import dev.callout.application.port.EventHistory;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PendingEvents;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps recorded events in order so tests and embedders can read what happened, and serves them
 * to an {@code EventRelay} as {@link PendingEvents}. Built with {@link LiveEvents} and codecs, it
 * also pushes each event live as it is recorded (nothing here rolls back) and reads them back as
 * {@link EventHistory}.
 */
public final class InMemoryOutbox implements Outbox, PendingEvents, EventHistory {

    private static final class Entry {
        final long id;
        final DomainEvent event;
        int attempts;
        Set<String> handlersLeft = Set.of();
        Instant dueAt = Instant.MIN;
        Instant leasedUntil = Instant.MIN;
        boolean delivered;

        Entry(long id, DomainEvent event) {
            this.id = id;
            this.event = event;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final LiveEvents live;
    private final EventCodecs codecs;

    public InMemoryOutbox() {
        this(null, null);
    }

    public InMemoryOutbox(LiveEvents live, EventCodecs codecs) {
        this.live = live;
        this.codecs = codecs;
    }

    @Override
    public synchronized void record(List<? extends DomainEvent> newEvents) {
        List<Entry> added = new ArrayList<>();
        for (DomainEvent event : newEvents) {
            added.add(new Entry(entries.size() + added.size() + 1, event));
        }
        entries.addAll(added);
        if (live != null) {
            added.forEach(entry -> live.publish(new LiveEvent(entry.event.type(), codecs.encode(entry.event), entry.id)));
        }
    }

    @Override
    public synchronized List<RecordedEvent> ofJob(JobId jobId, long afterId, int max) {
        if (codecs == null) {
            throw new IllegalStateException("an outbox built without codecs cannot read events back");
        }
        return entries.stream().filter(entry -> entry.id > afterId)
                .map(entry -> new RecordedEvent(entry.id, entry.event.type(), codecs.encode(entry.event), entry.event.occurredAt()))
                .filter(event -> jobId.value().equals(Fields.string(event.fields(), "job_id")))
                .limit(max)
                .toList();
    }

    public synchronized List<DomainEvent> events() {
        return entries.stream().map(entry -> entry.event).toList();
    }

    /** Events some handler has not taken yet. */
    public synchronized List<DomainEvent> undelivered() {
        return entries.stream().filter(entry -> !entry.delivered).map(entry -> entry.event).toList();
    }

    @Override
    public synchronized List<PendingEvent> claim(Instant now, int max, Duration lease) {
        List<PendingEvent> claimed = new ArrayList<>();
        for (Entry entry : entries) {
            if (claimed.size() == max) {
                break;
            }
            if (!entry.delivered && !entry.dueAt.isAfter(now) && !entry.leasedUntil.isAfter(now)) {
                entry.leasedUntil = now.plus(lease);
                claimed.add(new PendingEvent(entry.id, entry.event, entry.attempts, entry.handlersLeft));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void delivered(long id) {
        Entry entry = entries.get((int) id - 1);
        entry.delivered = true;
        entry.attempts++;
    }

    @Override
    public synchronized void retryLater(long id, Set<String> handlersLeft, Instant retryAt, String error) {
        Entry entry = entries.get((int) id - 1);
        entry.attempts++;
        entry.handlersLeft = Set.copyOf(handlersLeft);
        entry.dueAt = retryAt;
        entry.leasedUntil = Instant.MIN;
    }
}
