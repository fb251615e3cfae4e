package dev.callout.rest.profile.bluework;

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
import dev.callout.application.account.ResetPasswordUseCase;
import dev.callout.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import dev.callout.application.account.SendCodeUseCase;
import dev.callout.application.account.SendCodeUseCase.SendCodeCommand;
import dev.callout.application.account.SendCodeUseCase.SendResult;
import dev.callout.application.account.SignedIn;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.account.VerifyCodeUseCase.VerifyResult;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.VerificationCode.Purpose;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.AccessTokens;
import dev.callout.rest.security.ClientAddresses;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.IdentifierRateLimit;
import dev.callout.rest.security.RateLimited;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;

/** BlueWork's §1 Auth: sign-up with a phone code, sign-in by email or phone, tokens, password reset. */
@Hidden
@Controller("/api/v1/auth")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkAuthController {

    private final RegisterUserUseCase register;
    private final SendCodeUseCase sendCode;
    private final VerifyCodeUseCase verify;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final ResetPasswordUseCase reset;
    private final AccessTokens tokens;
    private final CurrentActor currentActor;
    private final IdentifierRateLimit identifierLimit;
    private final ClientAddresses addresses;

    BlueWorkAuthController(RegisterUserUseCase register, SendCodeUseCase sendCode, VerifyCodeUseCase verify, LogInUseCase logIn,
                           RefreshSessionUseCase refresh, LogOutUseCase logOut, ResetPasswordUseCase reset, AccessTokens tokens,
                           CurrentActor currentActor, IdentifierRateLimit identifierLimit, ClientAddresses addresses) {
        this.register = register;
        this.sendCode = sendCode;
        this.verify = verify;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.reset = reset;
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.identifierLimit = identifierLimit;
        this.addresses = addresses;
    }

    /** The code goes to the phone when one is given (BlueWork activates by SMS: {@code callout.accounts.sign-up-code-to-phone}). */
    @Post("/register")
    HttpResponse<?> register(@Body BlueWorkBodies.Register body) {
        identifierLimit.take(body.email());
        identifierLimit.take(body.phone());
        Role role = BlueWorkWords.signUpRole(body.role())
                .orElseThrow(() -> ApiError.validation(Map.of("role", "must be customer or worker")));
        RegisterCommand command = new RegisterCommand(role, body.name(), body.email(), body.phone(), body.password(),
                body.skills() == null ? null : new HashSet<>(body.skills()));
        return switch (register.register(command)) {
            case RegistrationResult.Registered registered -> HttpResponse.created(new BlueWorkBodies.Registered(
                    BlueWorkBodies.Account.of(registered.user()),
                    registered.codeSentTo() == null ? "Account created." : "OTP sent to " + registered.codeSentTo()));
            case RegistrationResult.EmailTaken taken ->
                    new ApiError(HttpStatus.CONFLICT, "EMAIL_TAKEN", "Email already registered.").response();
            case RegistrationResult.PhoneTaken taken ->
                    new ApiError(HttpStatus.CONFLICT, "PHONE_TAKEN", "Phone already registered.").response();
            case RegistrationResult.Invalid invalid -> ApiError.validation(invalid.fields()).response();
        };
    }

    @Post("/otp/send")
    HttpResponse<?> sendOtp(@Body BlueWorkBodies.Phone body) {
        return codeSent(body.phone(), Purpose.VERIFY, "phone",
                sent -> new BlueWorkBodies.CodeSent("OTP sent.", sent.expiresIn().toSeconds()));
    }

    @Post("/otp/verify")
    HttpResponse<?> verifyOtp(@Body BlueWorkBodies.Otp body) {
        identifierLimit.take(body.phone());
        VerifyCodeCommand command = VerifyCodeCommand.of(body.phone(), body.otp());
        return switch (verify.verify(command)) {
            case VerifyResult.Verified verified when verified.signedIn() == null ->
                    HttpResponse.ok(new BlueWorkBodies.Tokens(null, null, null, BlueWorkBodies.Account.of(verified.user())));
            case VerifyResult.Verified verified -> HttpResponse.ok(issued(verified.signedIn(), true));
            case VerifyResult.Invalid invalid -> new ApiError(HttpStatus.BAD_REQUEST, "INVALID_OTP", "Wrong or expired OTP.").response();
            case VerifyResult.Expired expired -> new ApiError(HttpStatus.GONE, "OTP_EXPIRED", "OTP past 5-minute window.").response();
            case VerifyResult.TooManyAttempts exhausted -> new RateLimited("RATE_LIMITED",
                    "Too many wrong OTPs; ask for a new one.", Duration.ZERO).response();
            case VerifyResult.AddressTaken taken -> new ApiError(HttpStatus.CONFLICT,
                    taken.channel() == Channel.EMAIL ? "EMAIL_TAKEN" : "PHONE_TAKEN", "Already registered to another account.").response();
        };
    }

    @Post("/login")
    HttpResponse<?> login(@Body BlueWorkBodies.Login body, HttpRequest<?> request) {
        identifierLimit.take(body.identifier());
        return switch (logIn.logIn(new LogInCommand(body.identifier(), body.password(), addresses.of(request)))) {
            case LogInResult.LoggedIn loggedIn -> HttpResponse.ok(issued(loggedIn.signedIn(), true));
            case LogInResult.InvalidCredentials invalid -> invalidCredentials().response();
            case LogInResult.Suspended suspended ->
                    new ApiError(HttpStatus.FORBIDDEN, "ACCOUNT_SUSPENDED", "User has been suspended.").response();
            case LogInResult.PendingVerification pending -> new ApiError(HttpStatus.FORBIDDEN, "PENDING_VERIFICATION",
                    "Verify your phone first (POST /auth/otp/verify).").response();
            case LogInResult.PendingApproval pending ->
                    new ApiError(HttpStatus.FORBIDDEN, "PENDING_APPROVAL", "Worker not yet approved by admin.").response();
            case LogInResult.Throttled throttled ->
                    new RateLimited("RATE_LIMITED", "Too many failed sign-ins; retry later.", throttled.retryAfter()).response();
            case LogInResult.ExternalTokenRefused refused -> invalidCredentials().response();
        };
    }

    @Post("/token/refresh")
    HttpResponse<?> refresh(@Body BlueWorkBodies.Refresh body) {
        return switch (refresh.refresh(new RefreshCommand(body.refreshToken()))) {
            case RefreshResult.Refreshed refreshed -> HttpResponse.ok(issued(refreshed.signedIn(), false));
            case RefreshResult.Invalid invalid ->
                    new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN", "Token invalid or expired.").response();
        };
    }

    @Post("/password/forgot")
    HttpResponse<?> forgotPassword(@Body BlueWorkBodies.Email body) {
        return codeSent(body.email(), Purpose.RESET_PASSWORD, "email",
                sent -> new BlueWorkBodies.Message("Reset link sent if account exists."));
    }

    /** The core's reset codes belong to an address, so BlueWork's {@code token} comes with the {@code email} it was sent to. */
    @Post("/password/reset")
    HttpResponse<?> resetPassword(@Body BlueWorkBodies.Reset body) {
        identifierLimit.take(body.email());
        return switch (reset.reset(ResetPasswordCommand.of(body.email(), body.token(), body.password()))) {
            case ResetPasswordUseCase.ResetResult.Reset done ->
                    HttpResponse.ok(new BlueWorkBodies.Message("Password updated successfully."));
            case ResetPasswordUseCase.ResetResult.Invalid invalid -> invalidResetToken().response();
            case ResetPasswordUseCase.ResetResult.Expired expired -> invalidResetToken().response();
        };
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(Authentication authentication) {
        logOut.logOut(currentActor.user(authentication).id(), currentActor.sessionId(authentication));
        return HttpResponse.noContent();
    }

    private static ApiError invalidCredentials() {
        return new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Email or password is incorrect.");
    }

    private static ApiError invalidResetToken() {
        return new ApiError(HttpStatus.BAD_REQUEST, "INVALID_RESET_TOKEN", "Token invalid or expired.");
    }

    /** Sends a code to the address (a limited number of times), answering with what {@code body} makes of it. */
    private HttpResponse<?> codeSent(String address, Purpose purpose, String field, Function<SendResult.Accepted, ?> body) {
        identifierLimit.take(address);
        if (address == null || Channel.of(address).isEmpty()) {
            throw ApiError.validation(Map.of(field, "must be " + ("phone".equals(field) ? "a phone number" : "an email address")));
        }
        return switch (sendCode.send(SendCodeCommand.of(address, purpose))) {
            case SendResult.Accepted accepted -> HttpResponse.ok(body.apply(accepted));
            case SendResult.TooSoon tooSoon -> new RateLimited("RATE_LIMITED", "Too many OTP requests.", tooSoon.retryAfter()).response();
        };
    }

    private BlueWorkBodies.Tokens issued(SignedIn signedIn, boolean withUser) {
        AccessTokens.Issued issued = tokens.issue(signedIn.user(), signedIn.sessionId());
        return new BlueWorkBodies.Tokens(issued.token(), signedIn.refreshToken(), issued.expiresInSeconds(),
                withUser ? BlueWorkBodies.Account.of(signedIn.user()) : null);
    }
}
