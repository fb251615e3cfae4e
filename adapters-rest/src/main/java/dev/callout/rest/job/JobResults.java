package dev.callout.rest.job;

import dev.callout.application.job.JobResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.Rejection;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpStatus;

/** Maps what a job command came to onto HTTP: the job, or the envelope with the right status. */
final class JobResults {

    private JobResults() {
    }

    static Job orThrow(JobResult result) {
        return switch (result) {
            case JobResult.Ok ok -> ok.job();
            case JobResult.NotFound notFound -> throw notFound();
            case JobResult.Invalid invalid -> throw ApiError.validation(invalid.fields());
            case JobResult.Conflict conflict -> throw new ApiError(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                    "the job changed while this request ran; read it again and retry");
            case JobResult.Refused refused -> throw refusal(refused.reason());
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
