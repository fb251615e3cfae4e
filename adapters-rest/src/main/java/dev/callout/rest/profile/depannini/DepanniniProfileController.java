package dev.callout.rest.profile.depannini;

import dev.callout.application.presence.ProvidersOnMapUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.FieldErrors;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;

/** Depannini's profiles, the assistant's position and status, and the assistants who take work now. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "depannini")
@Hidden
class DepanniniProfileController {

    private final CurrentActor currentActor;
    private final DepanniniViews views;
    private final UpdateLocationUseCase location;
    private final SetAvailabilityUseCase availability;
    private final ProvidersOnMapUseCase providers;

    DepanniniProfileController(CurrentActor currentActor, DepanniniViews views, UpdateLocationUseCase location,
                               SetAvailabilityUseCase availability, ProvidersOnMapUseCase providers) {
        this.currentActor = currentActor;
        this.views = views;
        this.location = location;
        this.availability = availability;
        this.providers = providers;
    }

    @Get("/profile/user/")
    Map<String, Object> user(Authentication authentication) {
        return views.user(currentActor.user(authentication));
    }

    @Get("/profile/assistant/")
    Map<String, Object> assistant(Authentication authentication) {
        return views.user(assistantOnly(authentication));
    }

    /** An assistant's live position (the client tracking their job sees it); clients have none to report. */
    @Post("/profile/update-location/")
    Map<String, Object> updateLocation(@Body DepanniniBodies.Location body, Authentication authentication) {
        User user = assistantOnly(authentication);
        location.update(UpdateLocationCommand.of(user.asActor(), body.latitude(), body.longitude()));
        return views.user(user);
    }

    @Post("/profile/assistant-status/")
    Map<String, Object> assistantStatus(@Body DepanniniBodies.AssistantStatus body, Authentication authentication) {
        User user = assistantOnly(authentication);
        new FieldErrors().require(body.isActive() != null, "is_active", "is required, true or false").throwIfAny();
        availability.set(new SetAvailabilityCommand(user.asActor(), body.isActive() ? Availability.ONLINE : Availability.OFFLINE));
        return views.user(user);
    }

    @Get("/assistants/")
    List<Map<String, Object>> assistants() {
        return providers.available().stream().map(found -> views.user(found.provider())).toList();
    }

    private User assistantOnly(Authentication authentication) {
        User user = currentActor.user(authentication);
        if (user.role() != Role.PROVIDER) {
            throw new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only assistants may do this");
        }
        return user;
    }
}
