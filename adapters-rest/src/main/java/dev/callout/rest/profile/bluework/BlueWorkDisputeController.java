package dev.callout.rest.profile.bluework;

import dev.callout.application.dispute.DisputeResult;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase.ResolveDisputeCommand;
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
 * ({@code /api/v1/files/<id>}) or id; a decision's refund goes through the payments' refund use case.
 */
@Hidden
@Controller("/api/v1/disputes")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkDisputeController {

    private final CurrentActor currentActor;
    private final DisputesUseCase disputes;

    BlueWorkDisputeController(CurrentActor currentActor, DisputesUseCase disputes) {
        this.currentActor = currentActor;
        this.disputes = disputes;
    }

    @Post
    @Secured({"customer", "provider"})
    HttpResponse<?> raise(Authentication authentication, @Body BlueWorkBodies.NewDispute body) {
        JobId jobId = body.jobId() != null && Prefixed.matches(body.jobId(), JobId.PREFIX) ? new JobId(body.jobId()) : null;
        List<String> evidence = body.evidencePhotos() == null ? null : body.evidencePhotos().stream()
                .map(photo -> photo == null ? null : photo.substring(photo.lastIndexOf('/') + 1)).toList();
        return answer(disputes.raise(new RaiseDisputeCommand(currentActor.of(authentication), jobId, body.reason(), evidence)),
                HttpStatus.CREATED);
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
            case NOT_A_PARTY -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "User is not party to this job");
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

    private static ApiError notFound() {
        return ApiError.notFound("DISPUTE_NOT_FOUND", "No dispute with that ID");
    }
}
