package dev.callout.domain.job;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a job's life: the status it reached, when, and who moved it there. A null actor is
 * the system (a dispatch timer).
 */
public record TimelineEntry(JobId jobId, JobStatus status, Instant at, UserId actorId, Role actorRole) {

    public TimelineEntry {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if ((actorId == null) != (actorRole == null)) {
            throw new IllegalArgumentException("an actor has both an id and a role, the system neither");
        }
    }

    /** The steps a transition's events record, made by {@code actor} (null: the system). */
    public static List<TimelineEntry> of(List<? extends DomainEvent> events, Actor actor) {
        UserId actorId = actor == null ? null : actor.id();
        Role actorRole = actor == null ? null : actor.role();
        return events.stream()
                .filter(JobEvent.class::isInstance)
                .map(JobEvent.class::cast)
                .map(event -> new TimelineEntry(event.jobId(), reached(event), event.occurredAt(), actorId, actorRole))
                .toList();
    }

    private static JobStatus reached(JobEvent event) {
        return switch (event) {
            case JobEvent.JobPosted posted -> JobStatus.REQUESTED;
            case JobEvent.JobAccepted accepted -> JobStatus.ACCEPTED;
            case JobEvent.JobStatusChanged changed -> changed.to();
            case JobEvent.ProviderWithdrew withdrew -> JobStatus.REQUESTED;
        };
    }
}
