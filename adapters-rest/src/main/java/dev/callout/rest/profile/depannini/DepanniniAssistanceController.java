package dev.callout.rest.profile.depannini;

import dev.callout.application.FieldErrors;
import dev.callout.application.PageRequest;
import dev.callout.application.job.AcceptJobUseCase;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersQuery;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersResult;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.job.JobResults;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Depannini's assistance requests, {@code /api/assistance/...}, as jobs of the service the profile
 * sets for a request with a dropoff or without one ({@link DepanniniServices}), priced by the
 * category's tariff and offered to nearby assistants by dispatch like any job.
 */
@Controller("/api/assistance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "depannini")
@Hidden
class DepanniniAssistanceController {

    private final CurrentActor currentActor;
    private final DepanniniIds ids;
    private final DepanniniViews views;
    private final DepanniniServices services;
    private final PostJobUseCase post;
    private final FindNearbyProvidersUseCase nearby;
    private final ListJobsUseCase list;
    private final GetJobUseCase get;
    private final AcceptJobUseCase accept;
    private final ChangeJobStatusUseCase change;

    DepanniniAssistanceController(CurrentActor currentActor, DepanniniIds ids, DepanniniViews views, DepanniniServices services,
                                  PostJobUseCase post, FindNearbyProvidersUseCase nearby, ListJobsUseCase list, GetJobUseCase get,
                                  AcceptJobUseCase accept, ChangeJobStatusUseCase change) {
        this.currentActor = currentActor;
        this.ids = ids;
        this.views = views;
        this.services = services;
        this.post = post;
        this.nearby = nearby;
        this.list = list;
        this.get = get;
        this.accept = accept;
        this.change = change;
    }

    @Post("/request/")
    HttpResponse<Map<String, Object>> request(@Body DepanniniBodies.AssistanceRequest body, Authentication authentication) {
        Actor client = currentActor.of(authentication);
        if (!client.is(Role.CUSTOMER)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only clients request assistance");
        }
        new FieldErrors().require(body.pickup() != null, "pickup", "is required: {\"lat\", \"lng\"}").throwIfAny();
        Place pickup = place(body.pickup(), "pickup");
        Place dropoff = body.dropoff() == null ? null : place(body.dropoff(), "dropoff");
        String category = services.forRequest(dropoff != null);
        return JobResults.answer(post.post(new PostJobCommand(client,
                new JobRequest(category, null, pickup, dropoff, Urgency.IMMEDIATE, null, null))), job -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("assistance", views.assistance(job));
            answer.put("nearby_assistants", nearbyAssistants(client, pickup, category));
            return HttpResponse.created(answer);
        });
    }

    /** A client's own requests; an assistant's assigned ones and the open ones of their service. */
    @Get("/view/")
    List<Map<String, Object>> view(Authentication authentication) {
        Actor actor = currentActor.of(authentication);
        return list.list(new ListJobsQuery(actor, null, null, new PageRequest(1, PageRequest.MAX_LIMIT))).items().stream()
                .map(views::assistance).toList();
    }

    @Get("/view/{assistanceId}/")
    Map<String, Object> viewOne(@PathVariable String assistanceId, Authentication authentication) {
        Actor actor = currentActor.of(authentication);
        return views.assistance(get.get(actor, jobId(assistanceId)).orElseThrow(JobResults::notFound));
    }

    @Patch("/accept/{assistanceId}/")
    HttpResponse<Map<String, Object>> accept(@PathVariable String assistanceId, Authentication authentication) {
        Actor actor = currentActor.of(authentication);
        if (!actor.is(Role.PROVIDER)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only assistants accept assistance requests");
        }
        return JobResults.answer(accept.accept(new AcceptJobCommand(actor, jobId(assistanceId))),
                job -> HttpResponse.ok(views.assistance(job)));
    }

    /**
     * ongoing, completed or canceled, by the core's rules ({@code Job.changeStatus}): clients only
     * cancel, assistants drive the work, a completed or canceled request changes no more, and an
     * assistant cancelling before the work starts withdraws, the request open again for the others.
     */
    @Patch("/update/{assistanceId}/")
    HttpResponse<Map<String, Object>> update(@PathVariable String assistanceId, @Body DepanniniBodies.StatusUpdate body,
                               Authentication authentication) {
        Actor actor = currentActor.of(authentication);
        JobId job = jobId(assistanceId);
        JobStatus target = target(body.status());
        return JobResults.answer(change.change(new ChangeJobStatusCommand(actor, job, target, null)),
                moved -> HttpResponse.ok(views.assistance(moved)));
    }

    static JobStatus target(String status) {
        JobStatus target = status == null ? null : switch (status) {
            case "ongoing" -> JobStatus.IN_PROGRESS;
            case "completed" -> JobStatus.COMPLETED;
            case "canceled" -> JobStatus.CANCELLED;
            default -> null;
        };
        if (target == null) {
            throw ApiError.validation(Map.of("status", "must be ongoing, completed or canceled"));
        }
        return target;
    }

    private JobId jobId(String assistanceId) {
        return ids.job(assistanceId).orElseThrow(JobResults::notFound);
    }

    private List<Map<String, Object>> nearbyAssistants(Actor client, Place pickup, String category) {
        NearbyProvidersResult found = nearby.find(NearbyProvidersQuery.of(client, pickup.point().lat(), pickup.point().lng(),
                category, null, null));
        if (!(found instanceof NearbyProvidersResult.Found providers)) {
            return List.of();
        }
        return providers.providers().stream().map(provider -> {
            Map<String, Object> assistant = new LinkedHashMap<>();
            assistant.put("assistant_id", ids.of(provider.match().candidate().presence().providerId()));
            assistant.put("distance", BigDecimal.valueOf(provider.match().distanceKm()).setScale(3, RoundingMode.HALF_UP));
            return assistant;
        }).toList();
    }

    private static Place place(DepanniniBodies.Point point, String field) {
        new FieldErrors()
                .require(point.lat() != null && GeoPoint.isValid(point.lat(), 0), field + ".lat", "is required, between -90 and 90")
                .require(point.lng() != null && GeoPoint.isValid(0, point.lng()), field + ".lng", "is required, between -180 and 180")
                .throwIfAny();
        return new Place(new GeoPoint(point.lat(), point.lng()), null);
    }
}
