package dev.callout.rest.profile.bluework;

import dev.callout.application.PageRequest;
import dev.callout.application.admin.ChangeAccountStatusUseCase;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeResult;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeStatusCommand;
import dev.callout.application.admin.ListUsersUseCase;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersQuery;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersResult;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase.PresenceResult;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.profile.GetProviderProfileUseCase;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import dev.callout.rest.body.PageBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/** BlueWork's §2 Users, §3 Workers and the accounts of §9 Admin: a worker is the core's provider. */
@Hidden
@Controller("/api/v1")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkPeopleController {

    private final CurrentActor currentActor;
    private final FindNearbyProvidersUseCase nearby;
    private final GetProviderProfileUseCase profiles;
    private final SetAvailabilityUseCase availability;
    private final UpdateLocationUseCase location;
    private final ListUsersUseCase users;
    private final ChangeAccountStatusUseCase changeStatus;

    BlueWorkPeopleController(CurrentActor currentActor, FindNearbyProvidersUseCase nearby, GetProviderProfileUseCase profiles,
                             SetAvailabilityUseCase availability, UpdateLocationUseCase location, ListUsersUseCase users,
                             ChangeAccountStatusUseCase changeStatus) {
        this.currentActor = currentActor;
        this.nearby = nearby;
        this.profiles = profiles;
        this.availability = availability;
        this.location = location;
        this.users = users;
        this.changeStatus = changeStatus;
    }

    @Get("/users/me")
    BlueWorkBodies.Account me(Authentication authentication) {
        return BlueWorkBodies.Account.of(currentActor.user(authentication));
    }

    @Get("/users{?role,status,page,limit}")
    @Secured("admin")
    HttpResponse<?> listUsers(Authentication authentication, @Nullable @QueryValue String role,
                                               @Nullable @QueryValue String status, @Nullable @QueryValue Integer page,
                                               @Nullable @QueryValue Integer limit) {
        Role wanted = role == null ? null : switch (role) {
            case "customer" -> Role.CUSTOMER;
            case "worker" -> Role.PROVIDER;
            case "admin" -> Role.ADMIN;
            default -> throw ApiError.validation(Map.of("role", "must be customer, worker or admin"));
        };
        return accounts(authentication, wanted, status, page, limit);
    }

    @Get("/users/{id}")
    @Secured("admin")
    HttpResponse<?> user(Authentication authentication, @PathVariable String id) {
        return userId(id).flatMap(found -> users.byId(currentActor.of(authentication), found))
                .<HttpResponse<?>>map(user -> HttpResponse.ok(BlueWorkBodies.Account.of(user))).orElseGet(() -> userNotFound().response());
    }

    @Get("/admin/workers{?status,page,limit}")
    @Secured("admin")
    HttpResponse<?> listWorkers(Authentication authentication, @Nullable @QueryValue String status,
                                                 @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        return accounts(authentication, Role.PROVIDER, status, page, limit);
    }

    /** Approving a pending worker, suspending or reinstating one. */
    @Patch("/admin/workers/{id}")
    @Secured("admin")
    HttpResponse<?> changeWorker(Authentication authentication, @PathVariable String id,
                                 @Body BlueWorkBodies.AccountStatusChange body) {
        return changeAccount(authentication, id, body, true);
    }

    @Patch("/admin/users/{id}")
    @Secured("admin")
    HttpResponse<?> changeUser(Authentication authentication, @PathVariable String id,
                               @Body BlueWorkBodies.AccountStatusChange body) {
        return changeAccount(authentication, id, body, false);
    }

    @Get("/workers/nearby{?lat,lng,category,radius}")
    @Secured({"customer", "admin"})
    HttpResponse<?> nearby(Authentication authentication, @Nullable @QueryValue Double lat, @Nullable @QueryValue Double lng,
                           @Nullable @QueryValue String category, @Nullable @QueryValue Double radius) {
        if (lat == null || lng == null) {
            return new ApiError(HttpStatus.BAD_REQUEST, "MISSING_LOCATION", "lat/lng not provided").response();
        }
        NearbyProvidersQuery query = NearbyProvidersQuery.of(currentActor.of(authentication), lat, lng, category, radius, null);
        return switch (nearby.find(query)) {
            case NearbyProvidersResult.Found found when found.providers().isEmpty() ->
                    ApiError.notFound("NO_WORKERS_AVAILABLE", "No workers found in radius").response();
            case NearbyProvidersResult.Found found -> HttpResponse.ok(new BlueWorkBodies.Listed<>(found.providers().stream().map(worker -> {
                var candidate = worker.match().candidate();
                var point = worker.match().position().point();
                return new BlueWorkBodies.NearbyWorker(candidate.presence().providerId().value(), candidate.name(), category,
                        BigDecimal.valueOf(worker.match().distanceKm()).setScale(1, RoundingMode.HALF_UP),
                        candidate.rating() == null ? null : BigDecimal.valueOf(candidate.rating()).setScale(1, RoundingMode.HALF_UP),
                        candidate.presence().availability().wireName(), point.lat(), point.lng());
            }).toList()));
            case NearbyProvidersResult.UnknownCategory unknown ->
                    ApiError.validation(Map.of("category", "unknown skill '" + category + "'")).response();
        };
    }

    @Get("/workers/{id}")
    HttpResponse<?> worker(@PathVariable String id) {
        return userId(id).flatMap(profiles::profile).<HttpResponse<?>>map(profile -> HttpResponse.ok(new BlueWorkBodies.WorkerProfile(
                        profile.provider().id().value(), profile.provider().name(),
                        profile.provider().categories().stream().sorted().toList(),
                        profile.ratings().count() == 0 ? null : profile.ratings().average(), profile.completedJobs(),
                        profile.availability().wireName())))
                .orElseGet(() -> userNotFound().response());
    }

    @Patch("/workers/me/availability")
    @Secured("provider")
    HttpResponse<?> setAvailability(Authentication authentication, @Body BlueWorkBodies.Availability body) {
        Availability chosen = Availability.fromWireName(body.status())
                .orElseThrow(() -> ApiError.validation(Map.of("status", "must be online, offline or busy")));
        return switch (availability.set(new SetAvailabilityCommand(currentActor.of(authentication), chosen))) {
            case PresenceResult.Updated updated ->
                    HttpResponse.ok(new BlueWorkBodies.AvailabilityStatus(updated.presence().availability().wireName()));
            case PresenceResult.NotAProvider notAProvider -> forbidden().response();
        };
    }

    @Patch("/workers/me/location")
    @Secured("provider")
    HttpResponse<?> updateLocation(Authentication authentication, @Body BlueWorkBodies.Position body) {
        return switch (location.update(UpdateLocationCommand.of(currentActor.of(authentication), body.lat(), body.lng()))) {
            case LocationResult.Updated updated -> HttpResponse.ok(new BlueWorkBodies.PositionUpdated(updated.at()));
            case LocationResult.NotAProvider notAProvider -> forbidden().response();
        };
    }

    private HttpResponse<?> accounts(Authentication authentication, Role role, String status, Integer page, Integer limit) {
        AccountStatus wanted = status == null ? null : AccountStatus.fromWireName(status)
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not an account status")));
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return users.list(currentActor.of(authentication), role, wanted, request)
                .<HttpResponse<?>>map(found -> HttpResponse.ok(PageBody.of(found, BlueWorkBodies.Account::of)))
                .orElseGet(() -> forbidden().response());
    }

    private HttpResponse<?> changeAccount(Authentication authentication, String id, BlueWorkBodies.AccountStatusChange body,
                                          boolean workersOnly) {
        Actor admin = currentActor.of(authentication);
        Optional<UserId> target = userId(id);
        if (target.isEmpty()) {
            return userNotFound().response();
        }
        AccountStatus status = AccountStatus.fromWireName(body.status())
                .orElseThrow(() -> ApiError.validation(Map.of("status", "must be active or suspended")));
        return switch (changeStatus.change(new ChangeStatusCommand(admin, target.get(), status, body.note(), workersOnly))) {
            case ChangeResult.Changed changed -> HttpResponse.ok(BlueWorkBodies.Account.of(changed.user()));
            case ChangeResult.NotFound notFound -> userNotFound().response();
            case ChangeResult.Forbidden forbidden -> forbidden().response();
            case ChangeResult.OwnAccount own -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "CANNOT_CHANGE_OWN_ACCOUNT",
                    "Admins do not change their own status.").response();
            case ChangeResult.NotAllowed notAllowed -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_STATUS_CHANGE",
                    "A " + notAllowed.from().wireName() + " account cannot become " + notAllowed.to().wireName() + ".").response();
        };
    }

    private static Optional<UserId> userId(String id) {
        return Prefixed.matches(id, UserId.PREFIX) ? Optional.of(new UserId(id)) : Optional.empty();
    }

    private static ApiError userNotFound() {
        return ApiError.notFound("USER_NOT_FOUND", "No user with that ID");
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "This role may not do this.");
    }
}
