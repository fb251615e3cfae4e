package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.user.UserId;
import java.util.Set;

/**
 * An order's fulfilment system reports how an order stands (seed 004's order webhook). It speaks for
 * the order's provider: {@code accepted} names the provider who takes it, the later steps move it as
 * its assigned provider would. Each event id is applied once, in the transaction of the move; an event
 * the order's rules refuse changes nothing and is not recorded, so it may be sent again later.
 */
public interface FulfilmentUpdatesUseCase {

    /** The steps a fulfilment system reports. */
    Set<JobStatus> STEPS = Set.of(JobStatus.ACCEPTED, JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, JobStatus.COMPLETED);

    int MAX_EVENT_ID_LENGTH = 255;

    /**
     * Whether {@code signatureHeader} ({@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">})
     * signs the payload with the configured secret, made within the tolerance of now. Always false
     * when no secret is configured.
     */
    boolean verifies(byte[] payload, String signatureHeader);

    UpdateResult apply(FulfilmentUpdate update);

    /** {@code providerId} is required with {@code accepted} and ignored otherwise. */
    record FulfilmentUpdate(String eventId, String type, JobId orderId, JobStatus status, UserId providerId) {
        public FulfilmentUpdate {
            new FieldErrors()
                    .notBlank(eventId, "event_id")
                    .singleLine(eventId, MAX_EVENT_ID_LENGTH, "event_id")
                    .notBlank(type, "type")
                    .singleLine(type, 64, "type")
                    .require(orderId != null, "order_id", "is required")
                    .require(status != null && STEPS.contains(status), "status",
                            "must be accepted, en_route, in_progress or completed")
                    .require(status != JobStatus.ACCEPTED || providerId != null, "provider_id",
                            "names the provider who takes the order")
                    .throwIfAny();
        }
    }

    sealed interface UpdateResult {

        record Applied(Job order) implements UpdateResult {
        }

        /** This event id was applied before: nothing changed now. */
        record Duplicate() implements UpdateResult {
        }

        /** No order has that id. */
        record NotFound() implements UpdateResult {
        }

        /** The named provider is not an active provider. */
        record UnknownProvider() implements UpdateResult {
        }

        /** The order's rules refuse the step (out of order, already taken, a category the provider does not serve). */
        record Refused(Rejection reason) implements UpdateResult {
        }

        /** The order kept changing under the event; nothing was written, and the event may be sent again. */
        record Conflict() implements UpdateResult {
        }
    }
}
