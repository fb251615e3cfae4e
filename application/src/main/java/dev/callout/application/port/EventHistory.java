package dev.callout.application.port;

import dev.callout.domain.job.JobId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The outbox read back: what was recorded about a job, for a client that reconnects and resumes. */
public interface EventHistory {

    /**
     * The events whose fields name the job ({@code job_id}), recorded after the event {@code afterId}
     * (0: from the first), oldest first, at most {@code max}.
     */
    List<RecordedEvent> ofJob(JobId jobId, long afterId, int max);

    /** An event as recorded: its outbox id, type and fields (as the live event carried them). */
    record RecordedEvent(long id, String type, Map<String, Object> fields, Instant occurredAt) {
        public RecordedEvent {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(fields, "fields");
        }
    }
}
