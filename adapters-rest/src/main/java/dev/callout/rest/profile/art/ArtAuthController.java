package dev.callout.rest.profile.art;

import dev.callout.rest.account.AuthController;
import dev.callout.rest.account.LoginBody;
import dev.callout.rest.account.RefreshBody;
import dev.callout.rest.account.RegisterBody;
import dev.callout.rest.account.TokenBody;
import dev.callout.rest.account.UserBody;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * ART's sign-up and sign-in, onto the canonical identity routes: {@code /auth/register} signs up a
 * customer and {@code /auth/register/operator} a provider (the route decides the role), and the
 * login and refresh answers carry the access token as {@code token} as well as {@code access_token}.
 */
@Controller("/v1/auth")
@Requires(property = "callout.profile", value = "art")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ArtAuthController {

    private final AuthController auth;

    ArtAuthController(AuthController auth) {
        this.auth = auth;
    }

    @Post("/register")
    HttpResponse<UserBody> register(@Body RegisterBody body) {
        return auth.register(as("customer", body));
    }

    @Post("/register/operator")
    HttpResponse<UserBody> registerOperator(@Body RegisterBody body) {
        return auth.register(as("provider", body));
    }

    @Post("/login")
    ArtTokenBody login(@Body LoginBody body, HttpRequest<?> request) {
        return ArtTokenBody.of(auth.login(body, request));
    }

    @Post("/refresh")
    ArtTokenBody refresh(@Body RefreshBody body) {
        return ArtTokenBody.of(auth.refresh(body));
    }

    private static RegisterBody as(String role, RegisterBody body) {
        return new RegisterBody(role, body.name(), body.email(), body.phone(), body.password(), body.categories(),
                body.vehicleType(), body.licenceCategory(), body.licenceNumber(), body.licenceExpiry(), body.vehicleRegistration(),
                body.addressText());
    }

    /** The canonical tokens, with the access token also as {@code token}. */
    @Serdeable
    record ArtTokenBody(String token, String accessToken, String tokenType, long expiresIn, String refreshToken,
                        long refreshExpiresIn, UserBody user) {

        static ArtTokenBody of(TokenBody tokens) {
            return new ArtTokenBody(tokens.accessToken(), tokens.accessToken(), tokens.tokenType(), tokens.expiresIn(),
                    tokens.refreshToken(), tokens.refreshExpiresIn(), tokens.user());
        }
    }
}
