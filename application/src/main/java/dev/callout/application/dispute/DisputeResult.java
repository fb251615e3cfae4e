package dev.callout.application.dispute;

import dev.callout.domain.dispute.Dispute;
import java.util.Map;

/** What a dispute command came to. */
public sealed interface DisputeResult {

    record Ok(Dispute dispute) implements DisputeResult {
    }

    /** No such job or dispute, or not one the caller may see. */
    record NotFound() implements DisputeResult {
    }

    record Refused(Dispute.Refusal reason) implements DisputeResult {
    }

    /** Evidence that is not the caller's own upload for this job. */
    record Invalid(Map<String, String> fields) implements DisputeResult {
        public Invalid {
            fields = Map.copyOf(fields);
        }
    }

    /** The payments refused or could not make the refund; the dispute is unchanged. */
    record RefundFailed(String code, String message) implements DisputeResult {
    }

    /** Someone else changed the dispute or its job meanwhile; nothing was written. */
    record Conflict() implements DisputeResult {
    }
}
