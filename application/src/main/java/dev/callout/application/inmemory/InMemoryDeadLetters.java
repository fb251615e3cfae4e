package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetters;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The dead letters the in-memory timers and outbox keep, newest first. */
public final class InMemoryDeadLetters implements DeadLetters {

    private final InMemoryTimers timers;
    private final InMemoryOutbox outbox;

    public InMemoryDeadLetters(InMemoryTimers timers, InMemoryOutbox outbox) {
        this.timers = timers;
        this.outbox = outbox;
    }

    @Override
    public Page<DeadLetter> list(DeadLetter.Kind kind, PageRequest page) {
        List<DeadLetter> matching = Stream.concat(timers.deadLetters().stream(), outbox.deadLetters().stream())
                .filter(deadLetter -> kind == null || deadLetter.kind() == kind)
                .sorted(Comparator.comparing(DeadLetter::parkedAt).thenComparing(DeadLetter::id).reversed())
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).toList(), page, matching.size());
    }

    @Override
    public Optional<DeadLetter> retry(String id, Instant now) {
        return timers.retry(id, now).or(() -> outbox.retry(id, now));
    }
}
