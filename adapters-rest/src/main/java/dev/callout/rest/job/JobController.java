package dev.callout.rest.job;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.dispute.DisputeResult;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.AcceptJobUseCase;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.OrderJobUseCase.OrderCommand;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.OrderRequest;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.QuoteJobUseCase.QuoteResult;
import dev.callout.application.job.QuoteJobUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.dispute.DisputeResults;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.idempotency.IdempotentResponses;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

@CanonicalApi
@Controller("/api/v1/jobs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Jobs")
public class JobController {

    private final CurrentActor currentActor;
    private final QuoteJobUseCase quote;
    private final PostJobUseCase post;
    private final OrderJobUseCase order;
    private final GetJobUseCase get;
    private final ListJobsUseCase list;
    private final AcceptJobUseCase accept;
    private final ChangeJobStatusUseCase changeStatus;
    private final DisputesUseCase disputes;
    private final IdempotentResponses idempotent;
    private final JobBodies bodies;

    public JobController(CurrentActor currentActor, QuoteJobUseCase quote, PostJobUseCase post, OrderJobUseCase order,
                         GetJobUseCase get,
                         ListJobsUseCase list, AcceptJobUseCase accept, ChangeJobStatusUseCase changeStatus,
                         DisputesUseCase disputes, IdempotentResponses idempotent, JobBodies bodies) {
        this.currentActor = currentActor;
        this.quote = quote;
        this.post = post;
        this.order = order;
        this.get = get;
        this.list = list;
        this.accept = accept;
        this.changeStatus = changeStatus;
        this.disputes = disputes;
        this.idempotent = idempotent;
        this.bodies = bodies;
    }

    @Post("/quote")
    @Secured("customer")
    @Operation(summary = "Price a would-be job without posting it")
    public HttpResponse<QuoteBody> quote(Authentication authentication, @Body @Valid JobRequestBody body) {
        if (body.packageId() != null || body.details() != null) {
            throw ApiError.validation(Map.of(body.packageId() != null ? "package_id" : "details",
                    "an order is priced by its package (GET /services/{id})"));
        }
        return switch (quote.quote(currentActor.of(authentication), request(body))) {
            case QuoteResult.Quoted quoted -> HttpResponse.ok(new QuoteBody(quoted.category().code(), PriceBody.of(quoted.quote())));
            case QuoteResult.Invalid invalid -> ApiError.validation(invalid.fields()).answer();
        };
    }

    @Post
    @Secured("customer")
    @Operation(summary = "Post a job, priced with the same function as a quote; or, with package_id and details, order a package")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = JobBody.class)))
    public HttpResponse<?> post(Authentication authentication, @Body @Valid JobRequestBody body,
                                @Parameter(description = "a repeat with the same key returns the first answer")
                                @Nullable @Header(IdempotentResponses.HEADER) String idempotencyKey) {
        Actor actor = currentActor.of(authentication);
        return idempotent.run(actor.id().value(), "POST /api/v1/jobs", idempotencyKey, body,
                keeping -> posted(actor, body.packageId() == null
                        ? post.post(new PostJobCommand(actor, request(body)), keeping.as(result -> posted(actor, result)))
                        : order.order(new OrderCommand(actor, orderRequest(body)), keeping.as(result -> posted(actor, result)))));
    }

    private HttpResponse<?> posted(Actor actor, JobResult result) {
        return bodies.answer(actor, result, HttpStatus.CREATED);
    }

    @Get("{?status,category,page,limit}")
    @Operation(summary = "The caller's jobs, newest first: a customer's own, a provider's assigned and open ones, all for admins")
    public JobPageBody list(Authentication authentication, @Nullable @QueryValue String status,
                                  @Nullable @QueryValue String category, @Nullable @QueryValue Integer page,
                                  @Nullable @QueryValue Integer limit) {
        JobStatus statusFilter = status == null ? null : JobStatus.fromWireName(status)
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not a job status")));
        PageRequest pageRequest = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        Actor actor = currentActor.of(authentication);
        Page<Job> jobs = list.list(new ListJobsQuery(actor, statusFilter, category, pageRequest));
        return Pages.of(jobs, bodies.forAll(actor, jobs.items()), JobPageBody::new);
    }

    @Get("/{id}")
    @Operation(summary = "One job: parties and admins, with its order (service, package, details) and timeline; providers "
            + "also see open jobs of their categories")
    public JobBody get(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return get.view(actor, jobId(id)).map(JobBody::of).orElseThrow(JobResults::notFound);
    }

    @Post("/{id}/accept")
    @Secured("provider")
    @Operation(summary = "Take an open job; the first accept wins, the rest get 409 JOB_ALREADY_TAKEN")
    @ApiResponse(responseCode = "200", description = "the job after the move",
            content = @Content(schema = @Schema(implementation = JobBody.class)))
    public HttpResponse<?> accept(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return bodies.answer(actor, accept.accept(new AcceptJobCommand(actor, jobId(id))), HttpStatus.OK);
    }

    @Patch("/{id}/status")
    @Operation(summary = "Move a job along: accepted, en_route, in_progress, completed, cancelled, disputed")
    @ApiResponse(responseCode = "200", description = "the job after the move",
            content = @Content(schema = @Schema(implementation = JobBody.class)))
    public HttpResponse<?> changeStatus(Authentication authentication, @PathVariable String id,
                                        @Body @Valid StatusChangeBody body) {
        Actor actor = currentActor.of(authentication);
        JobId jobId = jobId(id);
        JobStatus target = JobStatus.fromWireName(body.status())
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not a job status")));
        if (target == JobStatus.DISPUTED) {
            return disputed(actor, jobId, body.reason());
        }
        // the job routes the move: accepting and cancelling are status changes like the others
        return bodies.answer(actor, changeStatus.change(new ChangeJobStatusCommand(actor, jobId, target, body.reason())),
                HttpStatus.OK);
    }

    /** A job is disputed with its dispute record: the move raises one with the reason (as POST /disputes would). */
    private HttpResponse<?> disputed(Actor actor, JobId jobId, String reason) {
        DisputeResult raised = disputes.raise(new RaiseDisputeCommand(actor, jobId, reason, List.of()));
        return raised instanceof DisputeResult.Ok
                ? HttpResponse.ok(bodies.of(actor, get.get(actor, jobId).orElseThrow(JobResults::notFound)))
                : DisputeResults.answer(raised, HttpStatus.OK);
    }

    /** A malformed id cannot name a job: 404 like any job the caller may not see. */
    private static JobId jobId(String id) {
        if (!Prefixed.matches(id, JobId.PREFIX)) {
            throw JobResults.notFound();
        }
        return new JobId(id);
    }

    private static OrderRequest orderRequest(JobRequestBody body) {
        if (body.category() != null || body.budget() != null) {
            throw ApiError.validation(Map.of(body.category() != null ? "category" : "budget",
                    "comes from the ordered package (leave it out with package_id)"));
        }
        return new OrderRequest(body.packageId(), body.details(), body.description(), body.location().toPlace(),
                body.dropoff() == null ? null : body.dropoff().toPlace(), urgency(body), body.scheduledAt(),
                Boolean.TRUE.equals(body.favoritesFirst()), body.title(), body.durationHours(), body.imageFileIds());
    }

    private static Urgency urgency(JobRequestBody body) {
        return Urgency.fromWireName(body.urgency())
                .orElseThrow(() -> ApiError.validation(Map.of("urgency", "must be immediate or scheduled")));
    }

    private static JobRequest request(JobRequestBody body) {
        Urgency urgency = urgency(body);
        MoneyInput budget = body.budget() == null ? null : new MoneyInput(body.budget().amount(), body.budget().currency());
        return new JobRequest(body.category(), body.description(), body.location().toPlace(),
                body.dropoff() == null ? null : body.dropoff().toPlace(), urgency, body.scheduledAt(), budget,
                Boolean.TRUE.equals(body.favoritesFirst()), body.title(), body.durationHours(), body.imageFileIds());
    }
}
