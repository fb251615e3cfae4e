package dev.callout.application.port;

import dev.callout.domain.job.JobId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A job's dispatch work due at {@code dueAt}, for the wave and step it was set in. */
public record Timer(Kind kind, JobId jobId, int wave, int step, Instant dueAt) {

    public enum Kind {
        /** A scheduled job's lead time has come: start offering it. */
        START_DISPATCH,
        /** The offers of a step have stood for the offer timeout: widen, or give up. */
        STEP_ENDS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Timer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
