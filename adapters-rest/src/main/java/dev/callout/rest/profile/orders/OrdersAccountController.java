package dev.callout.rest.profile.orders;

import dev.callout.application.Change;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.account.AuthController;
import dev.callout.rest.account.LoginBody;
import dev.callout.rest.account.ProfileBody;
import dev.callout.rest.account.RefreshBody;
import dev.callout.rest.account.RegisterBody;
import dev.callout.rest.account.TokenBody;
import dev.callout.rest.account.UserController;
import dev.callout.rest.file.FileBody;
import dev.callout.rest.profile.orders.OrdersBodies.LoginRequest;
import dev.callout.rest.profile.orders.OrdersBodies.MessageBody;
import dev.callout.rest.profile.orders.OrdersBodies.ProfileAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.ProfileRequest;
import dev.callout.rest.profile.orders.OrdersBodies.RefreshRequest;
import dev.callout.rest.profile.orders.OrdersBodies.RegisterRequest;
import dev.callout.rest.profile.orders.OrdersBodies.SessionBody;
import dev.callout.rest.profile.orders.OrdersBodies.SignedInBody;
import dev.callout.rest.profile.orders.OrdersBodies.UserBody;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Instant;

/**
 * Seed 004's authentication and user routes, onto the canonical auth and profile routes: register
 * makes a customer (active at once under this profile's policy) and signs them in; the session is
 * the canonical token pair, refreshed with rotation.
 */
@Controller("/api")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "orders")
public class OrdersAccountController {

    private final AuthController auth;
    private final UserController users;
    private final GetUserUseCase getUser;
    private final CurrentActor currentActor;
    private final Clock clock;

    public OrdersAccountController(AuthController auth, UserController users, GetUserUseCase getUser,
                                   CurrentActor currentActor, Clock clock) {
        this.auth = auth;
        this.users = users;
        this.getUser = getUser;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Post("/auth/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<SignedInBody> register(@Body RegisterRequest body, HttpRequest<?> request) {
        auth.register(new RegisterBody("customer", body.name(), body.email(), null, body.password(), null, null, null, null,
                null, null, null));
        return HttpResponse.created(signedIn(auth.login(new LoginBody(body.email(), body.password()), request)));
    }

    @Post("/auth/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public SignedInBody login(@Body LoginRequest body, HttpRequest<?> request) {
        return signedIn(auth.login(new LoginBody(body.email(), body.password()), request));
    }

    /** Not in the document's list, which asks for refresh token rotation: the canonical refresh. */
    @Post("/auth/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public SignedInBody refresh(@Body RefreshRequest body) {
        return signedIn(auth.refresh(new RefreshBody(body.refreshToken())));
    }

    @Post("/auth/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public MessageBody logout(Authentication authentication) {
        auth.logout(authentication);
        return new MessageBody("Signed out.");
    }

    @Get("/users/profile")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public UserBody profile(Authentication authentication) {
        return UserBody.of(currentActor.user(authentication));
    }

    @Put("/users/profile")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProfileAnswer updateProfile(Authentication authentication, @Body ProfileRequest body) {
        String id = users.update(authentication, new ProfileBody(body.name(), body.email(), null, body.bio(), null,
                avatarFileId(body.avatar()))).user().id();
        return new ProfileAnswer(UserBody.of(getUser.byId(new UserId(id)).orElseThrow()));
    }

    /** An avatar is a profile image uploaded to /api/v1/files, named by its id or by the URL the profile shows. */
    private static Change<String> avatarFileId(Change<String> avatar) {
        if (avatar == null || avatar.value() == null) {
            return avatar;
        }
        String url = FileBody.url("");
        return new Change<>(avatar.value().startsWith(url) ? avatar.value().substring(url.length()) : avatar.value());
    }

    private SignedInBody signedIn(TokenBody tokens) {
        User user = getUser.byId(new UserId(tokens.user().id())).orElseThrow();
        Instant now = clock.instant();
        return new SignedInBody(UserBody.of(user), new SessionBody(tokens.accessToken(), tokens.tokenType(),
                now.plusSeconds(tokens.expiresIn()), tokens.refreshToken(), now.plusSeconds(tokens.refreshExpiresIn())));
    }
}
