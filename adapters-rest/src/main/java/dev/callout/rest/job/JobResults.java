package dev.callout.rest.job;

import dev.callout.application.job.JobResult;
import dev.callout.domain.job.Rejection;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

/** Maps what a job command came to straight onto its answer: the job with the route's status, or the envelope with the refusal's. */
final class JobResults {

    private JobResults() {
    }

    static HttpResponse<?> answer(JobResult result, HttpStatus success) {
        return switch (result) {
            case JobResult.Ok ok -> HttpResponse.status(success).body(JobBody.of(ok.job()));
            case JobResult.NotFound notFound -> notFound().response();
            case JobResult.Invalid invalid -> ApiError.validation(invalid.fields()).response();
            case JobResult.Conflict conflict -> new ApiError(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                    "the job changed while this request ran; read it again and retry").response();
            case JobResult.Refused refused -> refusal(refused.reason()).response();
        };
    }

    static ApiError notFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "job not found");
    }

    private static ApiError refusal(Rejection reason) {
        HttpStatus status = switch (reason) {
            case NOT_A_PARTY -> HttpStatus.NOT_FOUND;
            case ROLE_NOT_ALLOWED, CATEGORY_NOT_SERVED, PROVIDER_EXCLUDED -> HttpStatus.FORBIDDEN;
            case ALREADY_TAKEN -> HttpStatus.CONFLICT;
            case INVALID_TRANSITION, CANCELLATION_WINDOW_EXPIRED, SCHEDULED_TIME_INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        String code = switch (reason) {
            case NOT_A_PARTY -> "JOB_NOT_FOUND";
            case ROLE_NOT_ALLOWED -> "FORBIDDEN";
            case ALREADY_TAKEN -> "JOB_ALREADY_TAKEN";
            default -> reason.name();
        };
        return new ApiError(status, code, reason.message());
    }
}
