package dev.callout.rest.job;

import dev.callout.domain.job.TimelineEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One transition: the status reached, when, and who made it (actor_role system: a dispatch timer). */
@Serdeable
@Schema(name = "TimelineEntry")
public record TimelineEntryBody(String status, Instant at, @Nullable String actorId,
                                @Schema(allowableValues = {"customer", "provider", "admin", "system"}) String actorRole) {
    static TimelineEntryBody of(TimelineEntry entry) {
        return new TimelineEntryBody(entry.status().wireName(), entry.at(),
                entry.actorId() == null ? null : entry.actorId().value(),
                entry.actorRole() == null ? "system" : entry.actorRole().wireName());
    }
}
