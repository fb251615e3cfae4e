package dev.callout.application.inmemory;

import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.domain.job.JobId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Timers in a list by next attempt. A claim removes the timer at once (nothing here rolls back)
 * and remembers it (the latest claims only) for a failed attempt to put back for later, or to
 * park with its dead letter.
 */
public final class InMemoryTimers implements Timers {

    private record Entry(long id, Timer timer, int failedAttempts, Instant nextAttemptAt) {
    }

    private record Parked(DeadLetter deadLetter, Timer timer) {
    }

    private static final Comparator<Entry> BY_NEXT_ATTEMPT = Comparator.comparing(Entry::nextAttemptAt)
            .thenComparingLong(Entry::id);

    private static final int REMEMBERED_CLAIMS = 10_000;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Claimed> claims = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Claimed> eldest) {
            return size() > REMEMBERED_CLAIMS;
        }
    };
    private final Map<String, Parked> parked = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized void schedule(Timer timer) {
        entries.add(new Entry(++sequence, timer, 0, timer.dueAt()));
    }

    @Override
    public synchronized Optional<Claimed> claimDue(Instant now) {
        Optional<Entry> first = entries.stream().min(BY_NEXT_ATTEMPT).filter(entry -> !entry.nextAttemptAt().isAfter(now));
        first.ifPresent(entries::remove);
        Optional<Claimed> claimed = first.map(entry -> new Claimed(entry.id(), entry.timer(), entry.failedAttempts()));
        claimed.ifPresent(due -> claims.put(due.id(), due));
        return claimed;
    }

    @Override
    public synchronized void retryLater(Claimed claimed, Instant retryAt, String error) {
        if (claims.remove(claimed.id(), claimed)) {
            entries.add(new Entry(claimed.id(), claimed.timer(), claimed.failedAttempts() + 1, retryAt));
        }
    }

    @Override
    public synchronized boolean park(Claimed claimed, DeadLetter deadLetter) {
        if (!claims.remove(claimed.id(), claimed)) {
            return false;
        }
        parked.put(deadLetter.id(), new Parked(deadLetter, claimed.timer()));
        return true;
    }

    /** Timers still to fire, by next attempt. */
    public synchronized List<Timer> pending() {
        return entries.stream().sorted(BY_NEXT_ATTEMPT).map(Entry::timer).toList();
    }

    synchronized List<DeadLetter> deadLetters() {
        return parked.values().stream().map(Parked::deadLetter).toList();
    }

    /** Opens like {@code InMemoryOutbox.retry}, whose parked work is an event, not a timer: each store puts back its own. */
    synchronized Optional<DeadLetter> retry(String id, Instant now) {
        Parked retried = parked.remove(id);
        if (retried == null) {
            return Optional.empty();
        }
        entries.add(new Entry(++sequence, retried.timer(), 0, now));
        return Optional.of(retried.deadLetter());
    }

    /** Removes the job's timers still to fire. */
    synchronized void removeJob(JobId jobId) {
        entries.removeIf(entry -> entry.timer().jobId().equals(jobId));
    }
}
