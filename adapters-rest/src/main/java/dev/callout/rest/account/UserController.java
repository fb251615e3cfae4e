package dev.callout.rest.account;

import dev.callout.rest.security.CurrentActor;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Identity")
public class UserController {

    private final CurrentActor currentActor;

    public UserController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Get("/me")
    @Operation(summary = "The signed-in user's account")
    public UserBody me(Authentication authentication) {
        return UserBody.of(currentActor.user(authentication));
    }
}
