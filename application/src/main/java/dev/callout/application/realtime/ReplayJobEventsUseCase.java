package dev.callout.application.realtime;

import dev.callout.application.port.EventHistory.RecordedEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Optional;

/** What a reconnecting party missed of a job: the events its sockets would have received after the last one it saw. */
public interface ReplayJobEventsUseCase {

    /**
     * The job's events after {@code afterId} (0: from the first) that {@link Audience} sends to the
     * actor, oldest first, at most the configured limit; empty when the actor is not a party.
     */
    Optional<Replay> replay(Actor actor, JobId jobId, long afterId);

    /** {@code complete} is false when more events follow: ask again after the last one. */
    record Replay(List<RecordedEvent> events, boolean complete) {
        public Replay {
            events = List.copyOf(events);
        }
    }
}
