package dev.callout.rest.profile.bluework;

import dev.callout.application.dispute.DisputeResult;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase.ResolveDisputeCommand;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BlueWork's §8 Disputes. Evidence photos are the caller's uploads for the job, named by their URL
 * ({@code /api/v1/files/<id>}, absolute or not) or id; a decision's refund goes through the payments' refund use case.
 */
@Hidden
@Controller("/api/v1/disputes")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkDisputeController {

    private static final String FILES = BlueWorkBodies.fileUrl("");

    private final CurrentActor currentActor;
    private final DisputesUseCase disputes;
    private final GetJobUseCase jobs;

    BlueWorkDisputeController(CurrentActor currentActor, DisputesUseCase disputes, GetJobUseCase jobs) {
        this.currentActor = currentActor;
        this.disputes = disputes;
        this.jobs = jobs;
    }

    /** Whose job it is is told first, as on every job route: 404 JOB_NOT_FOUND, or 403 FORBIDDEN to a non-party. */
    @Post
    @Secured({"customer", "provider"})
    HttpResponse<?> raise(Authentication authentication, @Body BlueWorkBodies.NewDispute body) {
        Actor actor = currentActor.of(authentication);
        if (body.jobId() == null || body.jobId().isBlank()) {
            throw ApiError.validation(Map.of("job_id", "is required"));
        }
        if (!Prefixed.matches(body.jobId(), JobId.PREFIX)) {
            return jobNotFound().response();
        }
        JobId jobId = new JobId(body.jobId());
        RaiseDisputeCommand command = new RaiseDisputeCommand(actor, jobId, body.reason(), evidence(body.evidencePhotos()));
        return switch (jobs.access(actor, jobId)) {
            case NOT_FOUND -> jobNotFound().response();
            case FORBIDDEN -> notAParty().response();
            case VISIBLE -> switch (disputes.raise(command)) {
                // a worker may read a job open to them, yet only its parties dispute it
                case DisputeResult.NotFound notFound -> notAParty().response();
                case DisputeResult result -> answer(result, HttpStatus.CREATED);
            };
        };
    }

    /** Evidence photos are the URLs Callout gave for the raiser's uploads ({@code /api/v1/files/<id>}); others stay as sent. */
    private static List<String> evidence(List<String> photos) {
        return photos == null ? null : photos.stream().map(photo -> {
            int files = photo == null ? -1 : photo.indexOf(FILES);
            return files < 0 ? photo : photo.substring(files + FILES.length());
        }).toList();
    }

    @Get("/{id}")
    HttpResponse<?> dispute(Authentication authentication, @PathVariable String id) {
        return disputeId(id).flatMap(found -> disputes.get(currentActor.of(authentication), found))
                .<HttpResponse<?>>map(dispute -> HttpResponse.ok(object(dispute))).orElseGet(() -> notFound().response());
    }

    /** {@code status} under_review, or resolved with its {@code action}. */
    @Patch("/{id}")
    @Secured("admin")
    HttpResponse<?> decide(Authentication authentication, @PathVariable String id, @Body BlueWorkBodies.DisputeDecision body) {
        Actor admin = currentActor.of(authentication);
        Optional<DisputeId> named = disputeId(id);
        if (named.isEmpty()) {
            return notFound().response();
        }
        DisputeId disputeId = named.get();
        if ("under_review".equals(body.status())) {
            return answer(disputes.startReview(admin, disputeId), HttpStatus.OK);
        }
        if (!"resolved".equals(body.status())) {
            throw ApiError.validation(Map.of("status", "must be under_review or resolved"));
        }
        Resolution action = body.action() == null ? null : "worker_warning".equals(body.action()) ? Resolution.PROVIDER_WARNING
                : Resolution.fromWireName(body.action()).filter(found -> found != Resolution.PROVIDER_WARNING)
                .orElseThrow(() -> ApiError.validation(Map.of("action",
                        "must be partial_refund, full_refund, no_action or worker_warning")));
        MoneyInput amount = body.amount() == null ? null : new MoneyInput(body.amount(), null);
        return answer(disputes.resolve(new ResolveDisputeCommand(admin, disputeId, action, amount, body.resolution())), HttpStatus.OK);
    }

    private static BlueWorkBodies.DisputeObject object(Dispute dispute) {
        String action = dispute.resolution() == null ? null
                : dispute.resolution() == Resolution.PROVIDER_WARNING ? "worker_warning" : dispute.resolution().wireName();
        return new BlueWorkBodies.DisputeObject(dispute.id().value(), dispute.jobId().value(), dispute.status().wireName(),
                dispute.raisedBy().value(), dispute.reason(), dispute.decisionNote(), action,
                dispute.decidedBy() == null ? null : dispute.decidedBy().value(), dispute.createdAt(), dispute.resolvedAt());
    }

    private static HttpResponse<?> answer(DisputeResult result, HttpStatus success) {
        return switch (result) {
            case DisputeResult.Ok ok -> HttpResponse.status(success).body(object(ok.dispute()));
            case DisputeResult.NotFound notFound -> notFound().response();
            case DisputeResult.Invalid invalid -> ApiError.validation(invalid.fields()).response();
            case DisputeResult.Conflict conflict ->
                    new ApiError(HttpStatus.CONFLICT, "CONFLICT", "The dispute changed while this request ran; read it again.").response();
            case DisputeResult.RefundFailed failed -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REFUND_FAILED", failed.message())
                    .response();
            case DisputeResult.Refused refused -> refusal(refused.reason()).response();
        };
    }

    private static ApiError refusal(Dispute.Refusal reason) {
        return switch (reason) {
            case NOT_A_PARTY -> notAParty();
            case JOB_NOT_DISPUTABLE ->
                    new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "JOB_NOT_DISPUTABLE", "Job status does not allow disputes");
            case DISPUTE_ALREADY_EXISTS ->
                    new ApiError(HttpStatus.CONFLICT, "DISPUTE_ALREADY_EXISTS", "Dispute already raised for this job");
            case ROLE_NOT_ALLOWED -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "Only admins decide disputes.");
            case INVALID_TRANSITION -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_TRANSITION", "A resolved dispute is final.");
            case REFUND_AMOUNT_REQUIRED -> ApiError.validation(Map.of("amount", "a partial refund needs a positive amount"));
            case REFUND_EXCEEDS_PAYMENT -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REFUND_EXCEEDS_PAYMENT", "More than was paid.");
            case NOTHING_TO_REFUND -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "NOTHING_TO_REFUND", "Nothing was paid.");
        };
    }

    private static Optional<DisputeId> disputeId(String id) {
        return Prefixed.matches(id, DisputeId.PREFIX) ? Optional.of(new DisputeId(id)) : Optional.empty();
    }

    private static ApiError notAParty() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "User is not party to this job");
    }

    private static ApiError jobNotFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "No job with that ID");
    }

    private static ApiError notFound() {
        return ApiError.notFound("DISPUTE_NOT_FOUND", "No dispute with that ID");
    }
}
