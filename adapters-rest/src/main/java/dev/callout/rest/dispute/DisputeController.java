package dev.callout.rest.dispute;

import dev.callout.application.PageRequest;
import dev.callout.application.dispute.DisputeResult;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase.ResolveDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;

@CanonicalApi
@Controller("/api/v1/disputes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Disputes")
public class DisputeController {

    private final CurrentActor currentActor;
    private final DisputesUseCase disputes;

    public DisputeController(CurrentActor currentActor, DisputesUseCase disputes) {
        this.currentActor = currentActor;
        this.disputes = disputes;
    }

    @Post
    @Secured({"customer", "provider"})
    @Operation(summary = "Raise a dispute about your job (in progress, or completed within the dispute window); the job becomes disputed")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DisputeBody.class)))
    public HttpResponse<DisputeBody> raise(Authentication authentication, @Body @Valid RaiseDisputeBody body) {
        JobId jobId = body.jobId() == null ? null : jobId(body.jobId());
        return DisputeResults.answer(disputes.raise(new RaiseDisputeCommand(currentActor.of(authentication), jobId, body.reason(),
                body.evidenceFileIds())), HttpStatus.CREATED);
    }

    @Get("{?page,limit}")
    @Operation(summary = "Disputes about your jobs; all of them for admins; newest first")
    public DisputePageBody list(Authentication authentication, @Nullable @QueryValue Integer page,
                                      @Nullable @QueryValue Integer limit) {
        return Pages.of(disputes.list(currentActor.of(authentication),
                new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit)), DisputeBody::of, DisputePageBody::new);
    }

    @Get("/{id}")
    @Operation(summary = "One dispute: the job's parties and admins")
    public DisputeBody get(Authentication authentication, @PathVariable String id) {
        return disputes.get(currentActor.of(authentication), disputeId(id)).map(DisputeBody::of)
                .orElseThrow(DisputeResults::notFound);
    }

    @Patch("/{id}")
    @Secured("admin")
    @Operation(summary = "Take a dispute under review, or resolve it: full_refund, partial_refund (amount), no_action, provider_warning")
    public HttpResponse<DisputeBody> change(Authentication authentication, @PathVariable String id,
                                            @Body @Valid DisputeChangeBody body) {
        Actor admin = currentActor.of(authentication);
        DisputeId disputeId = disputeId(id);
        String status = body.status() == null ? (body.action() == null ? null : "resolved") : body.status();
        if ("under_review".equals(status)) {
            return DisputeResults.answer(disputes.startReview(admin, disputeId), HttpStatus.OK);
        }
        if (!"resolved".equals(status)) {
            throw ApiError.validation(Map.of("status", "must be under_review or resolved"));
        }
        Resolution resolution = body.action() == null ? null : Resolution.fromWireName(body.action())
                .or(() -> "worker_warning".equals(body.action()) ? java.util.Optional.of(Resolution.PROVIDER_WARNING)
                        : java.util.Optional.empty())
                .orElseThrow(() -> ApiError.validation(Map.of("action",
                        "must be full_refund, partial_refund, no_action or provider_warning")));
        MoneyInput amount = body.amount() == null || body.amount().amount() == null ? null
                : new MoneyInput(body.amount().amount(), body.amount().currency());
        return DisputeResults.answer(disputes.resolve(new ResolveDisputeCommand(admin, disputeId, resolution, amount, body.resolution())),
                HttpStatus.OK);
    }

    private static JobId jobId(String id) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            throw ApiError.notFound("JOB_NOT_FOUND", "job not found");
        }
        return new JobId(id);
    }

    private static DisputeId disputeId(String id) {
        if (!Prefixed.matches(id, DisputeId.PREFIX)) {
            throw DisputeResults.notFound();
        }
        return new DisputeId(id);
    }

}
