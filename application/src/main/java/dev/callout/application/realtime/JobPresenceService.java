package dev.callout.application.realtime;

import dev.callout.application.port.JobChannels;
import dev.callout.application.port.JobChannels.Departure;
import dev.callout.application.port.JobChannels.Member;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

public final class JobPresenceService implements JobPresenceUseCase {

    public static final String TYPE = "presence";

    private final JobChannels channels;
    private final Jobs jobs;
    private final LiveEvents live;
    private final Clock clock;

    public JobPresenceService(JobChannels channels, Jobs jobs, LiveEvents live, Clock clock) {
        this.channels = channels;
        this.jobs = jobs;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public Set<UserId> subscribed(UserId user, Job job, String socketId, String nodeId, Instant leasedUntil) {
        if (channels.join(new Member(socketId, user, job.id(), nodeId, leasedUntil))) {
            announce(job, user, "joined");
        }
        Set<UserId> others = othersOf(job, user);
        others.retainAll(channels.present(job.id()));
        return others;
    }

    @Override
    public void unsubscribed(UserId user, JobId jobId, String socketId) {
        if (channels.leave(socketId, jobId)) {
            left(jobId, user);
        }
    }

    @Override
    public void disconnected(UserId user, String socketId) {
        channels.leaveAll(socketId).forEach(jobId -> left(jobId, user));
    }

    @Override
    public void renew(String nodeId, Instant until) {
        for (Departure departure : channels.renew(nodeId, until, clock.instant())) {
            left(departure.jobId(), departure.userId());
        }
    }

    /** A job deleted meanwhile has nobody left to tell. */
    private void left(JobId jobId, UserId user) {
        jobs.byId(jobId).ifPresent(job -> announce(job, user, "left"));
    }

    private void announce(Job job, UserId user, String state) {
        for (UserId other : othersOf(job, user)) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("job_id", job.id().value());
            fields.put("user_id", user.value());
            fields.put("state", state);
            fields.put("recipient_id", other.value());
            live.publish(new LiveEvent(TYPE, fields));
        }
    }

    /** The job's parties other than {@code user} (a requested job has no provider yet). */
    private static Set<UserId> othersOf(Job job, UserId user) {
        Set<UserId> others = new LinkedHashSet<>();
        others.add(job.customerId());
        if (job.providerId() != null) {
            others.add(job.providerId());
        }
        others.remove(user);
        return others;
    }
}
