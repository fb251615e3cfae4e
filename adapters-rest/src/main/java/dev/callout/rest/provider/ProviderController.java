package dev.callout.rest.provider;

import dev.callout.application.port.NearbyJobs.Budget;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJob;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsQuery;
import dev.callout.application.presence.FindNearbyJobsUseCase.NearbyJobsResult;
import dev.callout.application.presence.FindNearbyJobsUseCase;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersQuery;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersResult;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase.PresenceResult;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.application.presence.SetBaseLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.profile.GetProviderProfileUseCase.ProviderProfile;
import dev.callout.application.profile.GetProviderProfileUseCase;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.MatchPosition;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.PlaceBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.job.JobBodies;
import dev.callout.rest.job.JobBody;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

@CanonicalApi
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Providers")
public class ProviderController {

    private final CurrentActor currentActor;
    private final SetAvailabilityUseCase availability;
    private final UpdateLocationUseCase location;
    private final FindNearbyProvidersUseCase nearbyProviders;
    private final FindNearbyJobsUseCase nearbyJobs;
    private final SetBaseLocationUseCase baseLocation;
    private final GetProviderProfileUseCase profiles;
    private final JobBodies bodies;

    public ProviderController(CurrentActor currentActor, SetAvailabilityUseCase availability, UpdateLocationUseCase location,
                              FindNearbyProvidersUseCase nearbyProviders, FindNearbyJobsUseCase nearbyJobs,
                              SetBaseLocationUseCase baseLocation, GetProviderProfileUseCase profiles, JobBodies bodies) {
        this.currentActor = currentActor;
        this.availability = availability;
        this.location = location;
        this.nearbyProviders = nearbyProviders;
        this.nearbyJobs = nearbyJobs;
        this.baseLocation = baseLocation;
        this.profiles = profiles;
        this.bodies = bodies;
    }

    @Patch("/providers/me/availability")
    @Secured("provider")
    @Operation(summary = "Go online, offline or busy; a provider on an active job stays busy until it ends")
    public AvailabilityStatusBody setAvailability(Authentication authentication, @Body @Valid AvailabilityBody body) {
        Availability chosen = Availability.fromWireName(body.status())
                .orElseThrow(() -> ApiError.validation(Map.of("status", "must be online, offline or busy")));
        return switch (availability.set(new SetAvailabilityCommand(currentActor.of(authentication), chosen))) {
            case PresenceResult.Updated updated -> new AvailabilityStatusBody(updated.presence().availability().wireName());
            case PresenceResult.NotAProvider notAProvider -> throw forbidden();
        };
    }

    @Patch("/providers/me/location")
    @Secured("provider")
    @Operation(summary = "Report the provider's position; while on a job its customer sees it live with an ETA")
    public PositionUpdatedBody updateLocation(Authentication authentication, @Body @Valid PositionBody body) {
        UpdateLocationCommand command = UpdateLocationCommand.of(currentActor.of(authentication), body.lat(), body.lng());
        return switch (location.update(command)) {
            case LocationResult.Updated updated -> new PositionUpdatedBody(updated.at());
            case LocationResult.NotAProvider notAProvider -> throw forbidden();
        };
    }

    @Patch("/providers/me/base-location")
    @Secured("provider")
    @Operation(summary = "Set the place you work from: while you are online it counts for matching whenever you have sent "
            + "no position in the last few minutes (a fresh position always wins)")
    public HttpResponse<BaseLocationBody> setBaseLocation(Authentication authentication, @Body @Valid PlaceBody body) {
        SetBaseLocationCommand command = SetBaseLocationCommand.of(currentActor.of(authentication), body.lat(), body.lng(),
                body.address());
        return switch (baseLocation.set(command)) {
            case PresenceResult.Updated updated -> HttpResponse.ok(new BaseLocationBody(PlaceBody.of(updated.presence().base())));
            case PresenceResult.NotAProvider notAProvider -> forbidden().answer();
        };
    }

    @Get("/providers/me/base-location")
    @Secured("provider")
    @Operation(summary = "The place you work from, if you set one")
    public BaseLocationBody baseLocation(Authentication authentication) {
        return new BaseLocationBody(baseLocation.baseLocation(currentActor.of(authentication)).map(PlaceBody::of).orElse(null));
    }

    @Delete("/providers/me/base-location")
    @Secured("provider")
    @Operation(summary = "Stop working from a base location: only a live position counts for matching")
    @ApiResponse(responseCode = "204")
    public HttpResponse<Void> clearBaseLocation(Authentication authentication) {
        return switch (baseLocation.set(new SetBaseLocationCommand(currentActor.of(authentication), null))) {
            case PresenceResult.Updated updated -> HttpResponse.noContent();
            case PresenceResult.NotAProvider notAProvider -> forbidden().answer();
        };
    }

    @Get("/providers/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A provider's public profile: skills, rating, completed jobs, availability, picture and bio",
            description = "No contact details and no position. 404 PROVIDER_NOT_FOUND unless the id is an active provider's")
    public ProviderProfileBody profile(@PathVariable String id) {
        Optional<ProviderProfile> found = Prefixed.matches(id, UserId.PREFIX) ? profiles.profile(new UserId(id))
                : Optional.empty();
        return found.map(ProviderProfileBody::of)
                .orElseThrow(() -> ApiError.notFound("PROVIDER_NOT_FOUND", "no such provider"));
    }

    @Get("/providers/nearby{?lat,lng,category,radius_km,limit}")
    @Secured({"customer", "admin"})
    @Operation(summary = "Approved, available providers of a category near a point, nearest first (rating breaks ties), with an ETA")
    public NearbyProvidersBody nearbyProviders(Authentication authentication, @Nullable @QueryValue Double lat,
                                                        @Nullable @QueryValue Double lng, @Nullable @QueryValue String category,
                                                        @Nullable @QueryValue("radius_km") Double radiusKm,
                                                        @Nullable @QueryValue Integer limit) {
        NearbyProvidersQuery query = NearbyProvidersQuery.of(currentActor.of(authentication), lat, lng, category, radiusKm, limit);
        return switch (nearbyProviders.find(query)) {
            case NearbyProvidersResult.Found found -> new NearbyProvidersBody(found.providers().stream().map(nearby -> {
                var candidate = nearby.match().candidate();
                ProviderPresence presence = candidate.presence();
                MatchPosition position = nearby.match().position();
                return new NearbyProviderBody(presence.providerId().value(), candidate.name(),
                        candidate.categories().stream().sorted().toList(), km(nearby.match().distanceKm()), candidate.rating(),
                        nearby.eta().toSeconds(), presence.availability().wireName(), position.point().lat(),
                        position.point().lng(), position.source().wireName());
            }).toList());
            case NearbyProvidersResult.UnknownCategory unknown ->
                    throw ApiError.validation(Map.of("category", "unknown category '" + category + "'"));
        };
    }

    @Get("/jobs/nearby{?lat,lng,radius_km,limit,min_budget,max_budget,status}")
    @Secured("provider")
    @Operation(summary = "Open jobs of the provider's categories near them (lat and lng, else where dispatch finds them), "
            + "nearest first, with a total between min_budget and max_budget (in the job's currency) when given",
            description = "status: only requested (open) jobs are listed; any other status is a 400")
    public HttpResponse<NearbyJobsBody> nearbyJobs(Authentication authentication, @Nullable @QueryValue Double lat,
                                                   @Nullable @QueryValue Double lng, @Nullable @QueryValue("radius_km") Double radiusKm,
                                                   @Nullable @QueryValue Integer limit,
                                                   @Nullable @QueryValue("min_budget") BigDecimal minBudget,
                                                   @Nullable @QueryValue("max_budget") BigDecimal maxBudget,
                                                   @Nullable @QueryValue String status) {
        JobStatus wanted = status == null ? null : JobStatus.fromWireName(status)
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not a job status")));
        Actor actor = currentActor.of(authentication);
        NearbyJobsQuery query = new NearbyJobsQuery(actor, lat, lng,
                radiusKm == null ? FindNearbyProvidersUseCase.DEFAULT_RADIUS_KM : radiusKm,
                limit == null ? FindNearbyProvidersUseCase.DEFAULT_LIMIT : limit, new Budget(minBudget, maxBudget), wanted);
        return switch (nearbyJobs.find(query)) {
            case NearbyJobsResult.Found found -> {
                Function<Job, JobBody> body = bodies.forAll(actor, found.jobs().stream().map(NearbyJob::job).toList());
                yield HttpResponse.ok(new NearbyJobsBody(found.jobs().stream()
                        .map(nearby -> new NearbyJobBody(km(nearby.distanceKm()), body.apply(nearby.job()))).toList()));
            }
            case NearbyJobsResult.NoPosition none -> new ApiError(HttpStatus.BAD_REQUEST, "MISSING_LOCATION",
                    "give lat and lng, or report a position first (PATCH /providers/me/location)").answer();
        };
    }

    private static BigDecimal km(double distanceKm) {
        return BigDecimal.valueOf(distanceKm).setScale(3, RoundingMode.HALF_UP);
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only providers are on the map");
    }
}
