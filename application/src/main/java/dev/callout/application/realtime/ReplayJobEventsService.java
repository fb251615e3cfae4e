package dev.callout.application.realtime;

import dev.callout.application.port.EventHistory;
import dev.callout.application.port.EventHistory.RecordedEvent;
import dev.callout.application.port.Jobs;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the job's recorded events page by page and keeps those the actor's sockets would have
 * received: only a party replays, and only what {@link Audience} sends them (no other provider's
 * offer, nothing that is never forwarded).
 */
public final class ReplayJobEventsService implements ReplayJobEventsUseCase {

    private static final int PAGE = 100;

    private final Jobs jobs;
    private final EventHistory history;
    private final int limit;

    public ReplayJobEventsService(Jobs jobs, EventHistory history, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the replay limit must be positive");
        }
        this.jobs = jobs;
        this.history = history;
        this.limit = limit;
    }

    @Override
    public Optional<Replay> replay(Actor actor, JobId jobId, long afterId) {
        if (jobs.byId(jobId).filter(job -> job.isParty(actor)).isEmpty()) {
            return Optional.empty();
        }
        String user = actor.id().value();
        List<RecordedEvent> visible = new ArrayList<>();
        long cursor = afterId;
        while (true) {
            List<RecordedEvent> page = history.ofJob(jobId, cursor, PAGE);
            for (RecordedEvent event : page) {
                if (Audience.of(event.type(), event.fields()).contains(user)) {
                    if (visible.size() == limit) {
                        return Optional.of(new Replay(visible, false));
                    }
                    visible.add(event);
                }
            }
            if (page.size() < PAGE) {
                return Optional.of(new Replay(visible, true));
            }
            cursor = page.getLast().id();
        }
    }
}
