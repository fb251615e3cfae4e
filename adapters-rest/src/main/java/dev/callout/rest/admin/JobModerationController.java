package dev.callout.rest.admin;

import dev.callout.application.admin.DeleteJobUseCase;
import dev.callout.application.admin.DeleteJobUseCase.DeleteJobCommand;
import dev.callout.application.admin.DeleteJobUseCase.DeleteResult;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Moderation of jobs: an admin deletes one for good. */
@CanonicalApi
@Controller("/api/v1/jobs")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin")
public class JobModerationController {

    private final CurrentActor currentActor;
    private final DeleteJobUseCase delete;

    public JobModerationController(CurrentActor currentActor, DeleteJobUseCase delete) {
        this.currentActor = currentActor;
        this.delete = delete;
    }

    @Delete("/{id}{?reason}")
    @Operation(summary = "Delete a job for moderation, with everything of it (audited)",
            description = "Its messages, photos (records and bytes), offers, dispatch, timers, reviews, dispute and notifications "
                    + "go with it; its parties' sockets get job.deleted and the offers still out are withdrawn. 404 JOB_NOT_FOUND, "
                    + "409 JOB_HAS_PAYMENTS when any payment (whatever its status) or ledger entry names the job; with "
                    + "callout.payments.deletion-releases-holds a payment that took no money is cancelled first (its hold "
                    + "released) and goes with the job, 409 only when money was captured, 503 PAYMENT_GATEWAY_UNAVAILABLE while "
                    + "the gateway has not confirmed the release (the job is kept; try again).")
    @ApiResponse(responseCode = "204", description = "deleted")
    public HttpResponse<Void> deleteJob(Authentication authentication, @PathVariable String id,
                                        @Parameter(description = "why (optional, up to 500 characters), kept in the audit log") @Nullable @QueryValue String reason) {
        DeleteJobCommand command = new DeleteJobCommand(currentActor.of(authentication), jobId(id), reason);
        return switch (delete.delete(command)) {
            case DeleteResult.Deleted deleted -> HttpResponse.noContent();
            case DeleteResult.NotFound missing -> notFound().answer();
            case DeleteResult.Forbidden forbidden -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this").answer();
            case DeleteResult.HasPayments paid -> new ApiError(HttpStatus.CONFLICT, "JOB_HAS_PAYMENTS",
                    "money moved for this job (a payment or a ledger entry names it): it is kept").answer();
            case DeleteResult.ReleasePending pending -> releasePending().answer();
        };
    }

    private static JobId jobId(String id) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            throw notFound();
        }
        return new JobId(id);
    }

    /** The job's hold is being released; the gateway has yet to confirm it. */
    public static ApiError releasePending() {
        return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "PAYMENT_GATEWAY_UNAVAILABLE",
                "the payment gateway has not confirmed the release of the job's hold yet: the job is kept, try again");
    }

    private static ApiError notFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "job not found");
    }
}
