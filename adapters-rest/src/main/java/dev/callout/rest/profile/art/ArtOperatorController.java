package dev.callout.rest.profile.art;

import dev.callout.application.account.GetUserUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.body.ListBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.job.JobBodies;
import dev.callout.rest.job.JobBody;
import dev.callout.rest.provider.AvailabilityBody;
import dev.callout.rest.provider.ProviderController;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** ART's operators are the canonical providers: the nearby search, their availability and their job history. */
@Controller("/v1/operators")
@Requires(property = "callout.profile", value = "art")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ArtOperatorController {

    private final ProviderController providers;
    private final AssignedJobs assigned;
    private final CurrentActor currentActor;
    private final GetUserUseCase users;
    private final String defaultCategory;
    private final JobBodies bodies;

    ArtOperatorController(ProviderController providers, AssignedJobs assigned, CurrentActor currentActor, GetUserUseCase users,
                          ArtSettings settings, JobBodies bodies) {
        this.providers = providers;
        this.assigned = assigned;
        this.currentActor = currentActor;
        this.users = users;
        this.defaultCategory = settings.getDefaultCategory();
        this.bodies = bodies;
    }

    /** GET /providers/nearby; the category defaults to the deployment's breakdown category. */
    @Get("/available{?lat,lng,category,radius_km,limit}")
    @Secured({"customer", "admin"})
    Object available(Authentication authentication, @Nullable @QueryValue Double lat, @Nullable @QueryValue Double lng,
                     @Nullable @QueryValue String category, @Nullable @QueryValue("radius_km") Double radiusKm,
                     @Nullable @QueryValue Integer limit) {
        return providers.nearbyProviders(authentication, lat, lng, category == null ? defaultCategory : category, radiusKm, limit);
    }

    /** PATCH /providers/me/availability, for the operator themself only. */
    @Post("/{id}/availability")
    @Secured("provider")
    Object availability(Authentication authentication, @PathVariable String id, @Body @Valid AvailabilityBody body) {
        if (!authentication.getName().equals(id)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "operators set their own availability only");
        }
        return providers.setAvailability(authentication, body);
    }

    /** The requests the operator took, newest first: the operator themself or an admin. */
    @Get("/{id}/jobs")
    @Secured({"provider", "admin"})
    ListBody<JobBody> jobs(Authentication authentication, @PathVariable String id) {
        Actor caller = currentActor.of(authentication);
        if (!caller.is(Role.ADMIN) && !caller.id().value().equals(id)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "an operator's jobs are theirs and the admins' to see");
        }
        Actor operator = caller.is(Role.ADMIN) ? operator(id) : caller;
        EnumSet<JobStatus> taken = EnumSet.noneOf(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            if (status.requiresProvider() || status == JobStatus.CANCELLED) {
                taken.add(status);
            }
        }
        List<Job> jobs = assigned.of(operator, taken);
        return new ListBody<>(jobs.stream().map(bodies.forAll(caller, jobs)).toList());
    }

    private Actor operator(String id) {
        Optional<User> found = Prefixed.matches(id, UserId.PREFIX) ? users.byId(new UserId(id)) : Optional.empty();
        return found.filter(user -> user.role() == Role.PROVIDER && user.status() != AccountStatus.DELETED)
                .map(User::asActor)
                .orElseThrow(() -> ApiError.notFound("PROVIDER_NOT_FOUND", "no such operator"));
    }
}
