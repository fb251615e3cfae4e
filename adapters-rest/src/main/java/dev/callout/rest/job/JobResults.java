package dev.callout.rest.job;

import dev.callout.application.job.JobResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.Rejection;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.function.Function;

/**
 * Maps what a job command came to straight onto its answer: the job with the route's status ({@link JobBodies#answer}),
 * or the envelope with the refusal's. A product API that draws its own bodies answers through {@link #answer} the
 * same way, and its error format rewrites the envelope.
 */
public final class JobResults {

    private JobResults() {
    }

    /** The answer {@code done} makes of the job that moved, or the refusal's envelope. */
    public static <B> HttpResponse<B> answer(JobResult result, Function<Job, HttpResponse<B>> done) {
        return result instanceof JobResult.Ok ok ? done.apply(ok.job()) : error(result).answer();
    }

    static ApiError error(JobResult result) {
        return switch (result) {
            case JobResult.Ok ok -> throw new IllegalArgumentException("a job that moved is not an error");
            case JobResult.NotFound notFound -> notFound();
            case JobResult.Invalid invalid -> ApiError.validation(invalid.fields());
            case JobResult.Conflict conflict -> new ApiError(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                    "the job changed while this request ran; read it again and retry");
            case JobResult.Refused refused -> refusal(refused.reason());
        };
    }

    public static ApiError notFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "job not found");
    }

    public static ApiError refusal(Rejection reason) {
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
