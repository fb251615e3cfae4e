package dev.callout.rest.profile.art;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.rest.body.ListBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.job.JobBodies;
import dev.callout.rest.job.JobBody;
import dev.callout.rest.job.JobController;
import dev.callout.rest.job.JobRequestBody;
import dev.callout.rest.job.StatusChangeBody;
import dev.callout.rest.provider.PositionBody;
import dev.callout.rest.provider.ProviderController;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;

/**
 * ART's breakdown requests are the canonical jobs, with the canonical bodies: {@code PUT /status}
 * is {@code PATCH /jobs/{id}/status} (an operator takes a request with {@code accepted}) and the
 * location route is the assigned operator's position report.
 */
@Controller("/v1/requests")
@Requires(property = "callout.profile", value = "art")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ArtRequestController {

    private final JobController jobs;
    private final ProviderController providers;
    private final AssignedJobs assigned;
    private final CurrentActor currentActor;
    private final JobBodies bodies;

    ArtRequestController(JobController jobs, ProviderController providers, AssignedJobs assigned, CurrentActor currentActor,
                         JobBodies bodies) {
        this.jobs = jobs;
        this.providers = providers;
        this.assigned = assigned;
        this.currentActor = currentActor;
        this.bodies = bodies;
    }

    @Post
    @Secured("customer")
    HttpResponse<?> create(Authentication authentication, @Body @Valid JobRequestBody body,
                           @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        return jobs.post(authentication, body, idempotencyKey);
    }

    @Get("/user/current")
    ListBody<JobBody> current(Authentication authentication) {
        Actor actor = currentActor.of(authentication);
        EnumSet<JobStatus> active = EnumSet.of(JobStatus.ACCEPTED, JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS);
        if (actor.is(Role.CUSTOMER)) {
            active.add(JobStatus.REQUESTED);
        }
        List<Job> current = assigned.of(actor, active);
        return new ListBody<>(current.stream().map(bodies.forAll(actor, current)).toList());
    }

    @Get("/{id}")
    JobBody get(Authentication authentication, @PathVariable String id) {
        return jobs.get(authentication, id);
    }

    @Put("/{id}/status")
    HttpResponse<?> changeStatus(Authentication authentication, @PathVariable String id, @Body @Valid StatusChangeBody body) {
        return jobs.changeStatus(authentication, id, body);
    }

    /** Only the operator working on the request reports its live position; anyone else who sees it gets 403. */
    @Post("/{id}/location")
    @Secured("provider")
    Object location(Authentication authentication, @PathVariable String id, @Body @Valid PositionBody body) {
        JobBody job = jobs.get(authentication, id);
        boolean working = authentication.getName().equals(job.providerId())
                && JobStatus.fromWireName(job.status()).filter(JobStatus::isActive).isPresent();
        if (!working) {
            throw new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only the operator working on this request reports its location");
        }
        return providers.updateLocation(authentication, body);
    }
}
