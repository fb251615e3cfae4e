package dev.callout.rest.account;

import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.LogInUseCase;
import dev.callout.application.account.LogOutUseCase;
import dev.callout.application.account.RefreshSessionUseCase.RefreshCommand;
import dev.callout.application.account.RefreshSessionUseCase.RefreshResult;
import dev.callout.application.account.RefreshSessionUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import dev.callout.application.account.ResetPasswordUseCase;
import dev.callout.application.account.SendCodeUseCase.SendCodeCommand;
import dev.callout.application.account.SendCodeUseCase.SendResult;
import dev.callout.application.account.SendCodeUseCase;
import dev.callout.application.account.SignInWithGoogleUseCase.GoogleSignInCommand;
import dev.callout.application.account.SignInWithGoogleUseCase;
import dev.callout.application.account.SignedIn;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.account.VerifyCodeUseCase.VerifyResult;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.VerificationCode.Purpose;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.AccessTokens;
import dev.callout.rest.security.ClientAddresses;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.IdentifierRateLimit;
import dev.callout.rest.security.RateLimited;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;

@CanonicalApi
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Identity")
public class AuthController {

    private final RegisterUserUseCase register;
    private final LogInUseCase logIn;
    private final SignInWithGoogleUseCase google;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final SendCodeUseCase sendCode;
    private final VerifyCodeUseCase verify;
    private final ResetPasswordUseCase reset;
    private final AccessTokens tokens;
    private final CurrentActor currentActor;
    private final IdentifierRateLimit identifierLimit;
    private final ClientAddresses addresses;
    private final Clock clock;

    public AuthController(RegisterUserUseCase register, LogInUseCase logIn, SignInWithGoogleUseCase google,
                          RefreshSessionUseCase refresh, LogOutUseCase logOut, SendCodeUseCase sendCode,
                          VerifyCodeUseCase verify, ResetPasswordUseCase reset, AccessTokens tokens,
                          CurrentActor currentActor, IdentifierRateLimit identifierLimit,
                          ClientAddresses addresses, Clock clock) {
        this.register = register;
        this.logIn = logIn;
        this.google = google;
        this.refresh = refresh;
        this.logOut = logOut;
        this.sendCode = sendCode;
        this.verify = verify;
        this.reset = reset;
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.identifierLimit = identifierLimit;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Post("/register")
    @Operation(summary = "Sign up as a customer or a provider (never an admin); a code goes to the email, else the phone",
            description = "201 with the user in pending_verification. 409 EMAIL_TAKEN / PHONE_TAKEN.")
    public HttpResponse<UserBody> register(@Body RegisterBody body) {
        identifierLimit.take(body.email());
        identifierLimit.take(body.phone());
        RegisterCommand command = new RegisterCommand(role(body.role()), body.name(), body.email(), body.phone(),
                body.password(), body.categories() == null ? null : new HashSet<>(body.categories()), details(body),
                body.addressText());
        return switch (register.register(command)) {
            case RegistrationResult.Registered registered -> HttpResponse.created(UserBody.of(registered.user()));
            case RegistrationResult.EmailTaken taken -> throw emailTaken();
            case RegistrationResult.PhoneTaken taken -> throw phoneTaken();
            case RegistrationResult.Invalid invalid -> throw ApiError.validation(invalid.fields());
        };
    }

    @Post("/login")
    @Operation(summary = "Sign in with an email or phone and a password",
            description = "401 INVALID_CREDENTIALS (also for unknown accounts), 403 ACCOUNT_SUSPENDED, PENDING_VERIFICATION, "
                    + "PENDING_APPROVAL, 429 TOO_MANY_ATTEMPTS after repeated failures")
    public TokenBody login(@Body LoginBody body, HttpRequest<?> request) {
        identifierLimit.take(body.identifier());
        return signedIn(logIn.logIn(new LogInCommand(body.identifier(), body.password(), addresses.of(request))));
    }

    @Post("/login/google")
    @Operation(summary = "Sign in with a Google ID token; links the account with its verified email or creates a customer",
            description = "401 INVALID_GOOGLE_TOKEN")
    public TokenBody loginWithGoogle(@Body GoogleSignInBody body) {
        return signedIn(google.signIn(new GoogleSignInCommand(body.idToken())));
    }

    @Post("/token/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; a reused one revokes its whole session",
            description = "401 INVALID_REFRESH_TOKEN")
    public TokenBody refresh(@Body RefreshBody body) {
        return switch (refresh.refresh(new RefreshCommand(body.refreshToken()))) {
            case RefreshResult.Refreshed refreshed -> tokens(refreshed.signedIn());
            case RefreshResult.Invalid invalid ->
                    throw new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN", "the refresh token is invalid or expired");
        };
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "End this session: its refresh token and access tokens stop working at once")
    public HttpResponse<Void> logout(Authentication authentication) {
        logOut.logOut(currentActor.user(authentication).id(), currentActor.sessionId(authentication));
        return HttpResponse.noContent();
    }

    @Post("/otp/send")
    @Operation(summary = "Send (or resend) a verification code to an email or phone",
            description = "The same answer whether or not an account waits for it. 429 RATE_LIMITED within the resend interval.")
    public CodeSentBody sendCode(@Body CodeRequestBody body) {
        return codeSent(body.address(), Purpose.VERIFY, "If an account waits for verification there, a code was sent.");
    }

    @Post("/otp/verify")
    @Operation(summary = "Verify an email or phone with its code: activates the account, or moves it to a new address",
            description = "400 INVALID_OTP, 410 OTP_EXPIRED, 429 OTP_ATTEMPTS_EXCEEDED, 409 EMAIL_TAKEN / PHONE_TAKEN")
    public VerifiedBody verifyCode(@Body VerifyCodeBody body) {
        identifierLimit.take(body.address());
        return switch (verify.verify(VerifyCodeCommand.of(body.address(), body.theCode()))) {
            case VerifyResult.Verified verified -> {
                SignedIn signedIn = verified.signedIn();
                if (signedIn == null) {
                    yield new VerifiedBody(UserBody.of(verified.user()), null, null, null, null, null);
                }
                TokenBody issued = tokens(signedIn);
                yield new VerifiedBody(issued.user(), issued.accessToken(), issued.tokenType(), issued.expiresIn(),
                        issued.refreshToken(), issued.refreshExpiresIn());
            }
            case VerifyResult.Invalid invalid -> throw new ApiError(HttpStatus.BAD_REQUEST, "INVALID_OTP", "the code is not valid");
            case VerifyResult.Expired expired -> throw new ApiError(HttpStatus.GONE, "OTP_EXPIRED", "the code has expired; ask for a new one");
            case VerifyResult.TooManyAttempts exhausted -> throw new RateLimited("OTP_ATTEMPTS_EXCEEDED",
                    "too many wrong codes; ask for a new one", Duration.ZERO);
            case VerifyResult.AddressTaken taken -> throw taken.channel() == Channel.EMAIL ? emailTaken() : phoneTaken();
        };
    }

    @Post("/password/forgot")
    @Operation(summary = "Send a password-reset code to an email or phone",
            description = "The same answer whether or not an account has the address")
    public CodeSentBody forgotPassword(@Body CodeRequestBody body) {
        return codeSent(body.address(), Purpose.RESET_PASSWORD, "If an account has this address, a reset code was sent.");
    }

    @Post("/password/reset")
    @Operation(summary = "Set a new password with the reset code; ends every session of the account",
            description = "400 INVALID_RESET_CODE, 410 OTP_EXPIRED")
    public MessageBody resetPassword(@Body ResetPasswordBody body) {
        identifierLimit.take(body.address());
        return switch (reset.reset(ResetPasswordCommand.of(body.address(), body.code(), body.password()))) {
            case ResetPasswordUseCase.ResetResult.Reset done -> new MessageBody("Password updated; sign in again.");
            case ResetPasswordUseCase.ResetResult.Invalid invalid ->
                    throw new ApiError(HttpStatus.BAD_REQUEST, "INVALID_RESET_CODE", "the reset code is not valid");
            case ResetPasswordUseCase.ResetResult.Expired expired ->
                    throw new ApiError(HttpStatus.GONE, "OTP_EXPIRED", "the reset code has expired; ask for a new one");
        };
    }

    private CodeSentBody codeSent(String address, Purpose purpose, String message) {
        identifierLimit.take(address);
        return switch (sendCode.send(SendCodeCommand.of(address, purpose))) {
            case SendResult.Accepted accepted -> new CodeSentBody(message, accepted.expiresIn().toSeconds());
            case SendResult.TooSoon tooSoon ->
                    throw new RateLimited("RATE_LIMITED", "a code was sent here moments ago; retry later", tooSoon.retryAfter());
        };
    }

    private TokenBody signedIn(LogInResult result) {
        return switch (result) {
            case LogInResult.LoggedIn loggedIn -> tokens(loggedIn.signedIn());
            case LogInResult.InvalidCredentials invalid ->
                    throw new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "identifier or password is incorrect");
            case LogInResult.Suspended suspended ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "ACCOUNT_SUSPENDED", "this account is suspended");
            case LogInResult.PendingVerification pending -> throw new ApiError(HttpStatus.FORBIDDEN, "PENDING_VERIFICATION",
                    "verify your email or phone first (POST /auth/otp/send, then /auth/otp/verify)");
            case LogInResult.PendingApproval pending ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "PENDING_APPROVAL", "an admin has not approved this account yet");
            case LogInResult.Throttled throttled ->
                    throw new RateLimited("TOO_MANY_ATTEMPTS", "too many failed sign-ins; retry later", throttled.retryAfter());
            case LogInResult.ExternalTokenRefused refused ->
                    throw new ApiError(HttpStatus.UNAUTHORIZED, "INVALID_GOOGLE_TOKEN", refused.reason());
        };
    }

    private TokenBody tokens(SignedIn signedIn) {
        AccessTokens.Issued issued = tokens.issue(signedIn.user(), signedIn.sessionId());
        long refreshSeconds = Duration.between(clock.instant(), signedIn.refreshExpiresAt()).toSeconds();
        return new TokenBody(issued.token(), "Bearer", issued.expiresInSeconds(), signedIn.refreshToken(), refreshSeconds,
                UserBody.of(signedIn.user()));
    }

    private static ProviderDetails details(RegisterBody body) {
        boolean any = body.vehicleType() != null || body.licenceCategory() != null || body.licenceNumber() != null
                || body.licenceExpiry() != null || body.vehicleRegistration() != null;
        if (!any) {
            return null;
        }
        if (body.licenceExpiry() == null) {
            throw ApiError.validation(Map.of("licence_expiry", "is required with the vehicle details (YYYY-MM-DD)"));
        }
        return new ProviderDetails(nullToEmpty(body.vehicleType()), nullToEmpty(body.licenceCategory()),
                nullToEmpty(body.licenceNumber()), body.licenceExpiry(), nullToEmpty(body.vehicleRegistration()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static ApiError emailTaken() {
        return new ApiError(HttpStatus.CONFLICT, "EMAIL_TAKEN", "this email is already registered");
    }

    private static ApiError phoneTaken() {
        return new ApiError(HttpStatus.CONFLICT, "PHONE_TAKEN", "this phone is already registered");
    }

    /** Only the two self-service roles parse; "admin" or anything else is a field error. */
    private static Role role(String role) {
        return Arrays.stream(new Role[] {Role.CUSTOMER, Role.PROVIDER})
                .filter(candidate -> candidate.wireName().equals(role))
                .findFirst()
                .orElseThrow(() -> ApiError.validation(Map.of("role", "must be customer or provider")));
    }
}
