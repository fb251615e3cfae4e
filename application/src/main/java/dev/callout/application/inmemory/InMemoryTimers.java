package dev.callout.application.inmemory;

import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/** Timers in a queue by due time. A claim removes the timer at once: nothing here rolls back. */
public final class InMemoryTimers implements Timers {

    private final PriorityQueue<Timer> due = new PriorityQueue<>(Comparator.comparing(Timer::dueAt));

    @Override
    public synchronized void schedule(Timer timer) {
        due.add(timer);
    }

    @Override
    public synchronized Optional<Timer> claimDue(Instant now) {
        Timer first = due.peek();
        return first != null && !first.dueAt().isAfter(now) ? Optional.of(due.poll()) : Optional.empty();
    }

    public synchronized List<Timer> pending() {
        List<Timer> all = new ArrayList<>(due);
        all.sort(Comparator.comparing(Timer::dueAt));
        return all;
    }
}
