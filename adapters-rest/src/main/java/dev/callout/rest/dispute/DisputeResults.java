package dev.callout.rest.dispute;

import dev.callout.application.dispute.DisputeResult;
import dev.callout.domain.dispute.Dispute;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;

/** A dispute command's result as the canonical API answers it: the dispute routes and a job's move to disputed. */
public final class DisputeResults {

    private DisputeResults() {
    }

    /** The dispute with the route's status, or the envelope with the refusal's. */
    public static HttpResponse<DisputeBody> answer(DisputeResult result, HttpStatus done) {
        return switch (result) {
            case DisputeResult.Ok ok -> HttpResponse.<DisputeBody>status(done).body(DisputeBody.of(ok.dispute()));
            case DisputeResult.NotFound notFound -> notFound().answer();
            case DisputeResult.Invalid invalid -> ApiError.validation(invalid.fields()).answer();
            case DisputeResult.Conflict conflict -> new ApiError(HttpStatus.CONFLICT, "CONFLICT",
                    "the dispute or its job changed meanwhile; read it again").answer();
            case DisputeResult.RefundFailed failed -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REFUND_FAILED",
                    "the refund was not made (" + failed.code() + "): " + failed.message()).answer();
            case DisputeResult.Refused refused -> refusal(refused.reason()).answer();
        };
    }

    private static ApiError refusal(Dispute.Refusal reason) {
        return switch (reason) {
            case NOT_A_PARTY -> ApiError.notFound("JOB_NOT_FOUND", "job not found");
            case JOB_NOT_DISPUTABLE -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_NOT_DISPUTABLE",
                    "only a job in progress, or completed within the dispute window, can be disputed");
            case DISPUTE_ALREADY_EXISTS -> new ApiError(HttpStatus.CONFLICT, "DISPUTE_ALREADY_EXISTS",
                    "this job already has a dispute");
            case ROLE_NOT_ALLOWED -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only admins decide disputes");
            case INVALID_TRANSITION -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_TRANSITION",
                    "the dispute cannot make this move from its current status");
            case REFUND_AMOUNT_REQUIRED -> ApiError.validation(Map.of("amount", "a partial refund needs a positive amount"));
            case REFUND_EXCEEDS_PAYMENT -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REFUND_EXCEEDS_PAYMENT",
                    "the refund is more than what can still be refunded on the job's payment");
            case NOTHING_TO_REFUND -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "NOTHING_TO_REFUND",
                    "nothing was captured on this job's payment, so nothing can be refunded");
        };
    }

    static ApiError notFound() {
        return ApiError.notFound("DISPUTE_NOT_FOUND", "dispute not found");
    }
}
