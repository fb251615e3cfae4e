package dev.callout.rest.profile.chayenity;

import dev.callout.application.Change;
import dev.callout.application.account.UpdateProfileUseCase;
import dev.callout.application.account.UpdateProfileUseCase.UpdateProfileCommand;
import dev.callout.application.account.UpdateProfileUseCase.UpdateResult;
import dev.callout.application.job.JobRules;
import dev.callout.application.presence.FindNearbyProvidersUseCase;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersQuery;
import dev.callout.application.presence.FindNearbyProvidersUseCase.NearbyProvidersResult;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase.PresenceResult;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.SetBaseLocationUseCase;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.application.profile.GetProviderProfileUseCase;
import dev.callout.application.profile.GetProviderProfileUseCase.ProviderProfile;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.application.PageRequest;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;

/** Chayenity's /api/users: the caller's profile, its location and availability, and helpers nearby. */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityUserController {

    private static final double DEFAULT_NEARBY_RADIUS_KM = 5.0;

    private final CurrentActor currentActor;
    private final GetProviderProfileUseCase profiles;
    private final UpdateProfileUseCase updateProfile;
    private final SetBaseLocationUseCase baseLocation;
    private final SetAvailabilityUseCase availability;
    private final FindNearbyProvidersUseCase nearby;
    private final ReadReviewsUseCase reviews;
    private final JobRules jobRules;

    public ChayenityUserController(CurrentActor currentActor, GetProviderProfileUseCase profiles,
                                   UpdateProfileUseCase updateProfile, SetBaseLocationUseCase baseLocation,
                                   SetAvailabilityUseCase availability, FindNearbyProvidersUseCase nearby,
                                   ReadReviewsUseCase reviews, JobRules jobRules) {
        this.currentActor = currentActor;
        this.profiles = profiles;
        this.updateProfile = updateProfile;
        this.baseLocation = baseLocation;
        this.availability = availability;
        this.nearby = nearby;
        this.reviews = reviews;
        this.jobRules = jobRules;
    }

    @Get("/profile")
    public UserBodies.Profile profile(Authentication authentication) {
        return profileOf(currentActor.of(authentication));
    }

    @Put("/me")
    public UserBodies.Me updateMe(Authentication authentication, @Body UserBodies.UpdateMe body) {
        User user = currentActor.user(authentication);
        User updated = update(new UpdateProfileCommand(user.id(), body.fullName(), null, null, change(body.contactInfo()),
                change(body.addressText()), null));
        return UserBodies.Me.of(updated, reviews.about(updated.id(), new PageRequest(1, 1)).summary());
    }

    @Put("/location")
    public UserBodies.Profile location(Authentication authentication, @Body UserBodies.Location body) {
        Actor actor = currentActor.of(authentication);
        SetBaseLocationCommand command = SetBaseLocationCommand.of(actor, body.latitude(), body.longitude(), body.addressText());
        UpdateProfileCommand address = body.addressText() == null ? null
                : new UpdateProfileCommand(actor.id(), null, null, null, null, new Change<>(body.addressText()), null);
        requireProvider(baseLocation.set(command));
        if (address != null) {
            update(address);
        }
        return profileOf(actor);
    }

    @Put("/availability")
    public UserBodies.Profile availability(Authentication authentication, @Body UserBodies.AvailabilityBody body) {
        if (body.isAvailable() == null) {
            throw ApiError.validation(Map.of("is_available", "is required"));
        }
        Actor actor = currentActor.of(authentication);
        requireProvider(availability.set(new SetAvailabilityCommand(actor,
                body.isAvailable() ? Availability.ONLINE : Availability.OFFLINE)));
        return profileOf(actor);
    }

    /** Only available helpers are on the map, so {@code only_available=false} finds the same ones. */
    @Get("/nearby{?latitude,longitude,radius,only_available}")
    public List<UserBodies.Nearby> nearby(Authentication authentication, @Nullable @QueryValue Double latitude,
                                          @Nullable @QueryValue Double longitude, @Nullable @QueryValue Double radius,
                                          @Nullable @QueryValue("only_available") Boolean onlyAvailable) {
        NearbyProvidersQuery query = NearbyProvidersQuery.of(currentActor.of(authentication), latitude, longitude,
                jobRules.defaultCategory(), radius == null ? DEFAULT_NEARBY_RADIUS_KM : radius, null);
        return switch (nearby.find(query)) {
            case NearbyProvidersResult.Found found -> found.providers().stream()
                    .flatMap(provider -> profiles.profile(provider.match().candidate().presence().providerId()).stream()
                            .map(profile -> nearbyBody(profile, provider.match().distanceKm())))
                    .toList();
            case NearbyProvidersResult.UnknownCategory unknown ->
                    throw new IllegalStateException("callout.jobs.default-category names no category");
        };
    }

    private UserBodies.Profile profileOf(Actor actor) {
        ProviderProfile profile = profiles.profile(actor.id())
                .orElseThrow(() -> new ApiError(HttpStatus.FORBIDDEN, "INSUFFICIENT_PERMISSIONS", "Not a Chayenity account"));
        return UserBodies.Profile.of(profile, baseLocation.baseLocation(actor).isPresent());
    }

    private static UserBodies.Nearby nearbyBody(ProviderProfile profile, double distanceKm) {
        User user = profile.provider();
        return new UserBodies.Nearby(Uuids.of(user.id().value()), user.name(), Wire.fileUrl(user.profile().imageFileId()),
                user.profile().bio(), user.profile().addressText(), profile.availability() == Availability.ONLINE,
                UserBodies.score(profile.ratings()), profile.ratings().count(), Math.round(distanceKm * 100) / 100.0);
    }

    private User update(UpdateProfileCommand command) {
        return switch (updateProfile.update(command)) {
            case UpdateResult.Updated updated -> updated.user();
            case UpdateResult.NotFound notFound -> throw new ApiError(HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED",
                    "Not authenticated");
            case UpdateResult.EmailTaken taken ->
                    throw new ApiError(HttpStatus.CONFLICT, "EMAIL_ALREADY_EXISTS", "Email already registered");
            case UpdateResult.PhoneTaken taken -> throw new ApiError(HttpStatus.CONFLICT, "CONFLICT", "Phone already registered");
            case UpdateResult.TooSoon tooSoon -> throw new ApiError(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "Retry later");
            case UpdateResult.ProfileImageNotFound missing -> throw ApiError.notFound("RESOURCE_NOT_FOUND", "File not found");
            case UpdateResult.NotAProfileImage notProfile ->
                    throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "INVALID_FILE_TYPE", "Not a profile image");
        };
    }

    private static void requireProvider(PresenceResult result) {
        if (result instanceof PresenceResult.NotAProvider) {
            throw new ApiError(HttpStatus.FORBIDDEN, "INSUFFICIENT_PERMISSIONS", "Not a Chayenity account");
        }
    }

    /** A field left out stays; one sent (null included) is set. */
    private static Change<String> change(String value) {
        return value == null ? null : new Change<>(value);
    }
}
