package dev.callout.rest.profile.chayenity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.callout.application.account.LogInUseCase;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.LogOutUseCase;
import dev.callout.application.account.RefreshSessionUseCase;
import dev.callout.application.account.RefreshSessionUseCase.RefreshCommand;
import dev.callout.application.account.RefreshSessionUseCase.RefreshResult;
import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.SignedIn;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.AccessTokens;
import dev.callout.rest.security.ClientAddresses;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.TokenSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chayenity's sign-up and sessions at /api/auth. Every account is a provider that may also post
 * (callout.jobs.accounts-post-and-take), and its refresh token is fixed and bound to the session's
 * access tokens (callout.accounts.refresh-token-rotation=false): the refresh sends it as the bearer
 * with the old access token, expired or not, in X-Access-Token.
 */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityAuthController {

    private static final String BEARER = "Bearer ";

    private final RegisterUserUseCase register;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final ReadReviewsUseCase reviews;
    private final AccessTokens tokens;
    private final TokenSettings tokenSettings;
    private final List<SignatureConfiguration> signatures;
    private final CurrentActor currentActor;
    private final ClientAddresses addresses;

    public ChayenityAuthController(RegisterUserUseCase register, LogInUseCase logIn, RefreshSessionUseCase refresh,
                                   LogOutUseCase logOut, ReadReviewsUseCase reviews, AccessTokens tokens,
                                   TokenSettings tokenSettings, List<SignatureConfiguration> signatures,
                                   CurrentActor currentActor, ClientAddresses addresses) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.reviews = reviews;
        this.tokens = tokens;
        this.tokenSettings = tokenSettings;
        this.signatures = signatures;
        this.currentActor = currentActor;
        this.addresses = addresses;
    }

    @Serdeable
    record Tokens(String accessToken, @Nullable String refreshToken, String tokenType, long expiresInMinutes) {
    }

    @Serdeable
    record Refreshed(String accessToken, String tokenType, long expiresInMinutes) {
    }

    @Serdeable
    record Message(String message) {
    }

    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<UserBodies.Me> register(@Body UserBodies.Register body) {
        RegisterCommand command = new RegisterCommand(Role.PROVIDER, body.fullName(), body.email(), null, body.password(),
                Set.of(), null, null, body.contactInfo());
        return switch (register.register(command)) {
            case RegistrationResult.Registered registered -> HttpResponse.created(me(registered.user()));
            case RegistrationResult.EmailTaken taken ->
                    throw new ApiError(HttpStatus.CONFLICT, "EMAIL_ALREADY_EXISTS", "Email already registered");
            case RegistrationResult.PhoneTaken taken ->
                    throw new ApiError(HttpStatus.CONFLICT, "EMAIL_ALREADY_EXISTS", "Email already registered");
            case RegistrationResult.Invalid invalid -> throw ApiError.validation(invalid.fields());
        };
    }

    /**
     * The document's form, multipart (its ApiClient's FormData) or URL-encoded, on one route: two routes told apart by
     * the Content-Type would both match a request that has none, and the router refuses that before any filter sees it.
     */
    @Post(value = "/login", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Tokens login(@Nullable @Body Map<String, String> fields, HttpRequest<?> request) {
        Map<String, String> form = fields == null ? Map.of() : fields;
        return signIn(form.get("username"), form.get("password"), request);
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Refreshed refresh(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                             @Nullable @Header("X-Access-Token") String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "MISSING_ACCESS_TOKEN", "Missing X-Access-Token header");
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw invalidTokens();
        }
        String session = sessionOfSigned(accessToken.strip());
        return switch (refresh.refresh(new RefreshCommand(authorization.substring(BEARER.length()).strip(), session))) {
            case RefreshResult.Refreshed refreshed -> {
                Tokens issued = issue(refreshed.signedIn());
                yield new Refreshed(issued.accessToken(), issued.tokenType(), issued.expiresInMinutes());
            }
            case RefreshResult.Invalid invalid -> throw invalidTokens();
        };
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Message logout(Authentication authentication) {
        logOut.logOut(currentActor.user(authentication).id(), currentActor.sessionId(authentication));
        return new Message("Successfully logged out");
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public UserBodies.Me me(Authentication authentication) {
        return me(currentActor.user(authentication));
    }

    private Tokens signIn(String username, String password, HttpRequest<?> request) {
        LogInCommand command = new LogInCommand(username, password, addresses.of(request));
        return switch (logIn.logIn(command)) {
            case LogInResult.LoggedIn loggedIn -> issue(loggedIn.signedIn());
            case LogInResult.InvalidCredentials invalid ->
                    throw new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Incorrect email or password");
            case LogInResult.Suspended suspended ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "ACCOUNT_SUSPENDED", "This account is suspended");
            case LogInResult.PendingVerification pending ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "PENDING_VERIFICATION", "Verify your email first");
            case LogInResult.PendingApproval pending ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "PENDING_APPROVAL", "An admin has not approved this account yet");
            case LogInResult.Throttled throttled -> throw new dev.callout.rest.security.RateLimited("TOO_MANY_ATTEMPTS",
                    "Too many failed sign-ins; retry later", throttled.retryAfter());
            case LogInResult.ExternalTokenRefused refused ->
                    throw new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Incorrect email or password");
        };
    }

    private Tokens issue(SignedIn signedIn) {
        AccessTokens.Issued issued = tokens.issue(signedIn.user(), signedIn.sessionId());
        return new Tokens(issued.token(), signedIn.refreshToken(), "bearer", issued.expiresInSeconds() / 60);
    }

    /**
     * The session of an access token this server signed for this audience, its expiry aside (a
     * refresh normally follows one); anything else is a 401.
     */
    private String sessionOfSigned(String accessToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(accessToken);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !verified(jwt)) {
                throw invalidTokens();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!tokenSettings.getIssuer().equals(claims.getIssuer())
                    || claims.getAudience() == null || !claims.getAudience().contains(tokenSettings.getAudience())
                    || !(claims.getClaim(AccessTokens.SID) instanceof String session)) {
                throw invalidTokens();
            }
            return session;
        } catch (ParseException | JOSEException e) {
            throw invalidTokens();
        }
    }

    private boolean verified(SignedJWT jwt) throws JOSEException {
        for (SignatureConfiguration signature : signatures) {
            if (signature.supports(jwt.getHeader().getAlgorithm()) && signature.verify(jwt)) {
                return true;
            }
        }
        return false;
    }

    private UserBodies.Me me(User user) {
        return UserBodies.Me.of(user, reviews.about(user.id(), new PageRequest(1, 1)).summary());
    }

    private static ApiError invalidTokens() {
        return new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_TOKEN", "Invalid tokens or token mismatch");
    }
}
