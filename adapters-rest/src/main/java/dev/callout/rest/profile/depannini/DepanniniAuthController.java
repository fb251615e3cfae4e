package dev.callout.rest.profile.depannini;

import dev.callout.application.FieldErrors;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.application.presence.SetBaseLocationUseCase;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.account.AuthController;
import dev.callout.rest.account.CodeRequestBody;
import dev.callout.rest.account.GoogleSignInBody;
import dev.callout.rest.account.LoginBody;
import dev.callout.rest.account.RefreshBody;
import dev.callout.rest.account.RegisterBody;
import dev.callout.rest.account.ResetPasswordBody;
import dev.callout.rest.account.TokenBody;
import dev.callout.rest.account.VerifiedBody;
import dev.callout.rest.account.VerifyCodeBody;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Depannini's sign-up and sign-in, {@code /api/auth/...}: each route translates its body and hands it
 * to the canonical auth route, so every rule (codes, limits, throttling, the licence's future expiry)
 * is the core's. Tokens come back as {@code {"refresh", "access"}}, with the user.
 */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "depannini")
@Hidden
class DepanniniAuthController {

    private static final Set<String> LICENCE_CATEGORIES = Set.of("b", "c");

    private final AuthController auth;
    private final GetUserUseCase users;
    private final SetBaseLocationUseCase bases;
    private final DepanniniViews views;
    private final DepanniniServices services;

    DepanniniAuthController(AuthController auth, GetUserUseCase users, SetBaseLocationUseCase bases, DepanniniViews views,
                            DepanniniServices services) {
        this.auth = auth;
        this.users = users;
        this.bases = bases;
        this.views = views;
        this.services = services;
    }

    /** 201 with the new user; a code goes to the email (else the phone), to verify before signing in. */
    @Post("/register/")
    HttpResponse<Map<String, Object>> register(@Body DepanniniBodies.Register body) {
        boolean assistant = "assistant".equals(body.userType());
        LocalDate expiry = checked(body, assistant);
        RegisterBody canonical = new RegisterBody(assistant ? "provider" : "customer", body.name(), body.email(),
                body.phoneNumber(), body.password(), assistant ? List.of(body.serviceType()) : null,
                assistant ? body.vehicleType() : null, assistant ? body.drivingLicenseCat() : null,
                assistant ? body.drivingLicenseNum() : null, expiry,
                assistant ? String.valueOf(body.vehicleRegistrationNum()) : null, body.address());
        User user = users.byId(new UserId(auth.register(canonical).body().id())).orElseThrow();
        if (assistant) {
            bases.set(SetBaseLocationCommand.of(user.asActor(), body.currentLat(), body.currentLng(), null));
        }
        return HttpResponse.created(views.user(user));
    }

    @Post("/login/email/")
    Map<String, Object> loginByEmail(@Body DepanniniBodies.EmailLogin body, HttpRequest<?> request) {
        new FieldErrors().notBlank(body.email(), "email").notBlank(body.password(), "password").throwIfAny();
        return tokens(auth.login(new LoginBody(body.email(), body.password()), request));
    }

    @Post("/login/phone/")
    Map<String, Object> loginByPhone(@Body DepanniniBodies.PhoneLogin body, HttpRequest<?> request) {
        new FieldErrors().notBlank(body.phoneNumber(), "phone_number").notBlank(body.password(), "password").throwIfAny();
        return tokens(auth.login(new LoginBody(body.phoneNumber(), body.password()), request));
    }

    @Post("/login/google/")
    Map<String, Object> loginWithGoogle(@Body DepanniniBodies.GoogleLogin body) {
        new FieldErrors().notBlank(body.token(), "token").throwIfAny();
        return tokens(auth.loginWithGoogle(new GoogleSignInBody(body.token())));
    }

    @Post("/verify-email/")
    Map<String, Object> verifyEmail(@Body DepanniniBodies.EmailCode body) {
        new FieldErrors().notBlank(body.email(), "email").notBlank(body.code(), "code").throwIfAny();
        return verified(auth.verifyCode(new VerifyCodeBody(null, body.email(), null, body.code(), null)));
    }

    @Post("/verify-phone/")
    Map<String, Object> verifyPhone(@Body DepanniniBodies.PhoneCode body) {
        new FieldErrors().notBlank(body.phoneNumber(), "phone_number").notBlank(body.code(), "code").throwIfAny();
        return verified(auth.verifyCode(new VerifyCodeBody(null, null, body.phoneNumber(), body.code(), null)));
    }

    @Post("/password-reset/")
    Map<String, Object> passwordReset(@Body DepanniniBodies.Address body) {
        new FieldErrors().notBlank(body.email(), "email").throwIfAny();
        return detail(auth.forgotPassword(new CodeRequestBody(null, body.email(), null)).message());
    }

    @Post("/password-reset/confirm/")
    Map<String, Object> passwordResetConfirm(@Body DepanniniBodies.ResetConfirm body) {
        new FieldErrors().notBlank(body.email(), "email").notBlank(body.code(), "code")
                .notBlank(body.newPassword(), "new_password")
                .require(body.newPassword() == null || body.newPassword().equals(body.newPasswordConfirm()),
                        "new_password_confirm", "does not match new_password")
                .throwIfAny();
        return detail(auth.resetPassword(new ResetPasswordBody(null, body.email(), null, body.code(), body.newPassword())).message());
    }

    /** The document gives no body: the code goes again to the {@code email} or {@code phone_number} given. */
    @Post("/resend-verification/")
    Map<String, Object> resendVerification(@Body DepanniniBodies.Address body) {
        new FieldErrors().require(body.email() != null || body.phoneNumber() != null, "email",
                "give the email or the phone_number the code was sent to").throwIfAny();
        return detail(auth.sendCode(new CodeRequestBody(null, body.email(), body.phoneNumber())).message());
    }

    /** A new access token, and the rotated refresh token to keep: the one sent is spent. */
    @Post("/token/refresh/")
    Map<String, Object> refresh(@Body DepanniniBodies.Refresh body) {
        new FieldErrors().notBlank(body.refresh(), "refresh").throwIfAny();
        TokenBody issued = auth.refresh(new RefreshBody(body.refresh()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access", issued.accessToken());
        answer.put("refresh", issued.refreshToken());
        return answer;
    }

    /** What Depannini asks beyond the core's own checks; the licence date in its format. */
    private LocalDate checked(DepanniniBodies.Register body, boolean assistant) {
        FieldErrors errors = new FieldErrors()
                .require("client".equals(body.userType()) || assistant, "user_type", "must be client or assistant")
                .notBlank(body.phoneNumber(), "phone_number")
                .notBlank(body.name(), "name")
                .notBlank(body.password(), "password")
                .require(body.password() == null || body.password().equals(body.passwordConfirm()), "password_confirm",
                        "does not match password");
        if (!assistant) {
            errors.throwIfAny();
            return null;
        }
        LocalDate expiry = body.drivingLicenseExpiry() == null ? null : DepanniniDates.parse(body.drivingLicenseExpiry()).orElse(null);
        errors.require(services.codes().contains(body.serviceType()), "service_type",
                        "must be " + String.join(" or ", new TreeSet<>(services.codes())))
                .notBlank(body.vehicleType(), "vehicle_type")
                .require(LICENCE_CATEGORIES.contains(body.drivingLicenseCat()), "driving_license_cat", "must be c or b")
                .notBlank(body.drivingLicenseNum(), "driving_license_num")
                .require(expiry != null, "driving_license_expiry", "is required, as dd:mm:yy")
                .require(body.vehicleRegistrationNum() != null && body.vehicleRegistrationNum() >= 0, "vehicle_registration_num",
                        "is required, a whole number")
                .require(body.currentLat() != null && GeoPoint.isValid(body.currentLat(), 0), "current_lat",
                        "is required, between -90 and 90")
                .require(body.currentLng() != null && GeoPoint.isValid(0, body.currentLng()), "current_lng",
                        "is required, between -180 and 180")
                .throwIfAny();
        return expiry;
    }

    private Map<String, Object> tokens(TokenBody issued) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("refresh", issued.refreshToken());
        answer.put("access", issued.accessToken());
        answer.put("user", views.user(users.byId(new UserId(issued.user().id())).orElseThrow()));
        return answer;
    }

    /** The address is proven; when that made the account able to act, its first tokens come with it. */
    private Map<String, Object> verified(VerifiedBody verified) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("detail", "verified");
        answer.put("user", views.user(users.byId(new UserId(verified.user().id())).orElseThrow()));
        if (verified.accessToken() != null) {
            answer.put("refresh", verified.refreshToken());
            answer.put("access", verified.accessToken());
        }
        return answer;
    }

    private static Map<String, Object> detail(String message) {
        return Map.of("detail", message);
    }
}
