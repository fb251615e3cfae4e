package dev.callout.rest.account;

import dev.callout.application.account.LogInUseCase;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.domain.user.Role;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.AccessTokens;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Identity")
public class AuthController {

    private final RegisterUserUseCase register;
    private final LogInUseCase logIn;
    private final AccessTokens tokens;

    public AuthController(RegisterUserUseCase register, LogInUseCase logIn, AccessTokens tokens) {
        this.register = register;
        this.logIn = logIn;
        this.tokens = tokens;
    }

    @Post("/register")
    @Operation(summary = "Sign up as a customer or a provider (never an admin)")
    public HttpResponse<UserBody> register(@Body RegisterBody body) {
        RegisterCommand command = new RegisterCommand(role(body.role()), body.name(), body.email(), body.phone(),
                body.password(), body.categories() == null ? null : new HashSet<>(body.categories()));
        return switch (register.register(command)) {
            case RegistrationResult.Registered registered -> HttpResponse.created(UserBody.of(registered.user()));
            case RegistrationResult.EmailTaken taken ->
                    throw new ApiError(HttpStatus.CONFLICT, "EMAIL_TAKEN", "this email is already registered");
            case RegistrationResult.PhoneTaken taken ->
                    throw new ApiError(HttpStatus.CONFLICT, "PHONE_TAKEN", "this phone is already registered");
            case RegistrationResult.Invalid invalid -> throw ApiError.validation(invalid.fields());
        };
    }

    @Post("/login")
    @Operation(summary = "Sign in with an email or phone and a password")
    public TokenBody login(@Body LoginBody body) {
        return switch (logIn.logIn(new LogInCommand(body.identifier(), body.password()))) {
            case LogInResult.LoggedIn loggedIn -> {
                AccessTokens.Issued issued = tokens.issue(loggedIn.user());
                yield new TokenBody(issued.token(), "Bearer", issued.expiresInSeconds(), UserBody.of(loggedIn.user()));
            }
            case LogInResult.InvalidCredentials invalid ->
                    throw new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "identifier or password is incorrect");
            case LogInResult.Suspended suspended ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "ACCOUNT_SUSPENDED", "this account is suspended");
        };
    }

    /** Only the two self-service roles parse; "admin" or anything else is a field error. */
    private static Role role(String role) {
        return Arrays.stream(new Role[] {Role.CUSTOMER, Role.PROVIDER})
                .filter(candidate -> candidate.wireName().equals(role))
                .findFirst()
                .orElseThrow(() -> ApiError.validation(Map.of("role", "must be customer or provider")));
    }
}
