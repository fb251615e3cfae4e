package dev.callout.application.inmemory;

import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.Fields;
import dev.callout.application.port.DeadLetter;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps recorded events in order so tests and embedders can read what happened, and serves them
 * to an {@code EventRelay} as {@link PendingEvents}, with the dead letters of handlers that gave
 * up. Built with {@link LiveEvents} and codecs, it also pushes each event live as it is recorded
 * (nothing here rolls back) and reads them back as {@link EventHistory}.
 */
public final class InMemoryOutbox implements Outbox, PendingEvents, EventHistory {

    private static final class Entry {
        final long id;
        final DomainEvent event;
        int failedAttempts;
        Set<String> handlersLeft = Set.of();
        Instant dueAt = Instant.MIN;
        Instant leasedUntil = Instant.MIN;
        boolean finished;

        Entry(long id, DomainEvent event) {
            this.id = id;
            this.event = event;
        }
    }

    private record Parked(DeadLetter deadLetter, long entryId) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Parked> parked = new LinkedHashMap<>();
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

    /** Events some handler has not taken yet: still to deliver, or given up on. */
    public synchronized List<DomainEvent> undelivered() {
        Set<Long> givenUp = new HashSet<>();
        parked.values().forEach(p -> givenUp.add(p.entryId()));
        return entries.stream().filter(entry -> !entry.finished || givenUp.contains(entry.id)).map(entry -> entry.event).toList();
    }

    @Override
    public synchronized List<PendingEvent> claim(Instant now, int max, Duration lease) {
        List<PendingEvent> claimed = new ArrayList<>();
        for (Entry entry : entries) {
            if (claimed.size() == max) {
                break;
            }
            if (!entry.finished && !entry.dueAt.isAfter(now) && !entry.leasedUntil.isAfter(now)) {
                entry.leasedUntil = now.plus(lease);
                claimed.add(PendingEvent.of(entry.id, entry.event, entry.failedAttempts, entry.handlersLeft,
                        entry.leasedUntil));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void delivered(PendingEvent event) {
        leased(event).ifPresent(entry -> finish(entry));
    }

    @Override
    public synchronized void retryLater(PendingEvent event, Set<String> handlersLeft, Instant retryAt, String error) {
        leased(event).ifPresent(entry -> {
            entry.failedAttempts++;
            entry.handlersLeft = Set.copyOf(handlersLeft);
            entry.dueAt = retryAt;
            entry.leasedUntil = Instant.MIN;
        });
    }

    @Override
    public synchronized boolean park(PendingEvent event, List<DeadLetter> deadLetters) {
        Optional<Entry> leased = leased(event);
        leased.ifPresent(entry -> {
            finish(entry);
            deadLetters.forEach(deadLetter -> parked.put(deadLetter.id(), new Parked(deadLetter, entry.id)));
        });
        return leased.isPresent();
    }

    private Optional<Entry> leased(PendingEvent event) {
        Entry entry = entries.get((int) event.id() - 1);
        return entry.leasedUntil.equals(event.leasedUntil()) ? Optional.of(entry) : Optional.empty();
    }

    private static void finish(Entry entry) {
        entry.finished = true;
        entry.failedAttempts++;
        entry.handlersLeft = Set.of();
        entry.leasedUntil = Instant.MIN;
    }

    synchronized List<DeadLetter> deadLetters() {
        return parked.values().stream().map(Parked::deadLetter).toList();
    }

    /** Due again at {@code now} for the dead letter's handler (with any others still left), with fresh attempts. */
    synchronized Optional<DeadLetter> retry(String id, Instant now) {
        Parked retried = parked.remove(id);
        if (retried == null) {
            return Optional.empty();
        }
        Entry entry = entries.get((int) retried.entryId() - 1);
        if (entry.finished) {
            entry.handlersLeft = Set.of(retried.deadLetter().handler());
        } else if (!entry.handlersLeft.isEmpty()) {
            Set<String> left = new HashSet<>(entry.handlersLeft);
            left.add(retried.deadLetter().handler());
            entry.handlersLeft = Set.copyOf(left);
        }
        entry.finished = false;
        entry.failedAttempts = 0;
        entry.dueAt = now;
        entry.leasedUntil = Instant.MIN;
        return Optional.of(retried.deadLetter());
    }
}
