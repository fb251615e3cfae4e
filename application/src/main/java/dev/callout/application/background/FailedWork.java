package dev.callout.application.background;

import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetterMetrics;
import dev.callout.domain.id.IdGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * What becomes of an attempt at background work that failed: another attempt after a backoff, or
 * after the last one a dead letter. A retry is logged at DEBUG; parking is logged once, at
 * WARNING with the cause, and counted.
 */
public final class FailedWork {

    private static final System.Logger LOG = System.getLogger("callout.background");
    private static final int MAX_ERROR_LENGTH = 500;

    private final RetryPolicy policy;
    private final IdGenerator ids;
    private final DeadLetterMetrics metrics;

    public FailedWork(RetryPolicy policy, IdGenerator ids, DeadLetterMetrics metrics) {
        this.policy = Objects.requireNonNull(policy);
        this.ids = Objects.requireNonNull(ids);
        this.metrics = Objects.requireNonNull(metrics);
    }

    public boolean isLast(int failedBefore) {
        return policy.isLast(failedBefore);
    }

    public Instant retryAt(Instant now, int failedBefore) {
        return now.plus(policy.backoff(failedBefore));
    }

    public void willRetry(String what, int failedBefore, Instant retryAt, String error) {
        LOG.log(System.Logger.Level.DEBUG, () -> what + " failed (attempt " + (failedBefore + 1) + " of "
                + policy.maxAttempts() + "), trying again at " + retryAt + ": " + error);
    }

    public DeadLetter deadLetter(DeadLetter.Kind kind, String work, String subjectId, String handler, int failedBefore,
                                 String error, Instant now) {
        return new DeadLetter(ids.next(DeadLetter.PREFIX), kind, work, subjectId, handler, failedBefore + 1, error, now);
    }

    public void parked(DeadLetter deadLetter, Throwable cause) {
        metrics.parked(deadLetter);
        LOG.log(System.Logger.Level.WARNING, "gave up on " + deadLetter.kind().wireName() + " " + deadLetter.work()
                + " of " + deadLetter.subjectId() + (deadLetter.handler() == null ? "" : " in " + deadLetter.handler())
                + " after " + deadLetter.attempts() + " attempts; parked as " + deadLetter.id()
                + " until an admin retries it", cause);
    }

    /**
     * What went wrong, for the record an admin reads: the message of the innermost cause, first
     * line only (a database's answer without the statement that caused it), never a stack trace.
     */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage().strip().lines().findFirst().orElse("");
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }
}
