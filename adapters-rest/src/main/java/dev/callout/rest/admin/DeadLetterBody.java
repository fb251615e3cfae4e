package dev.callout.rest.admin;

import dev.callout.application.port.DeadLetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "DeadLetter")
public record DeadLetterBody(
        String id,
        @Schema(allowableValues = {"timer", "event"}) String kind,
        @Schema(description = "the timer's kind (start_dispatch, step_ends) or the event's type (job.posted, …)") String work,
        @Schema(description = "the job of a timer, the subject of an event") String subjectId,
        @Nullable @Schema(description = "events: the handler that gave up (dispatch, notifications, payments, …)") String handler,
        int attempts,
        @Schema(description = "what the last attempt failed with") String lastError,
        Instant parkedAt) {

    static DeadLetterBody of(DeadLetter deadLetter) {
        return new DeadLetterBody(deadLetter.id(), deadLetter.kind().wireName(), deadLetter.work(), deadLetter.subjectId(),
                deadLetter.handler(), deadLetter.attempts(), deadLetter.lastError(), deadLetter.parkedAt());
    }
}
