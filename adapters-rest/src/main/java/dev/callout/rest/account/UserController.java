package dev.callout.rest.account;

import dev.callout.application.Change;
import dev.callout.application.PageRequest;
import dev.callout.application.account.DeleteAccountUseCase;
import dev.callout.application.account.UpdateProfileUseCase.UpdateProfileCommand;
import dev.callout.application.account.UpdateProfileUseCase.UpdateResult;
import dev.callout.application.account.UpdateProfileUseCase;
import dev.callout.application.admin.ListUsersUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.RateLimited;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

@CanonicalApi
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Identity")
public class UserController {

    private final CurrentActor currentActor;
    private final UpdateProfileUseCase updateProfile;
    private final DeleteAccountUseCase deleteAccount;
    private final ListUsersUseCase users;

    public UserController(CurrentActor currentActor, UpdateProfileUseCase updateProfile, DeleteAccountUseCase deleteAccount,
                          ListUsersUseCase users) {
        this.currentActor = currentActor;
        this.updateProfile = updateProfile;
        this.deleteAccount = deleteAccount;
        this.users = users;
    }

    @Get("/me")
    @Operation(summary = "The signed-in user's account")
    public UserBody me(Authentication authentication) {
        return UserBody.of(currentActor.user(authentication));
    }

    @Patch("/me")
    @Operation(summary = "Change your name, bio, address and profile image now, and your email or phone once the code "
            + "sent there is verified",
            description = "409 EMAIL_TAKEN / PHONE_TAKEN; 422 PROFILE_IMAGE_NOT_FOUND (no file of yours has that id) or "
                    + "NOT_A_PROFILE_IMAGE (your file was uploaded for a job or a dispute)")
    public ProfileUpdatedBody update(Authentication authentication, @Body ProfileBody body) {
        User me = currentActor.user(authentication);
        UpdateProfileCommand command = new UpdateProfileCommand(me.id(), body.name(), body.email(), body.phone(), body.bio(),
                body.addressText(), body.profileImageFileId());
        return switch (updateProfile.update(command)) {
            case UpdateResult.Updated updated -> new ProfileUpdatedBody(UserBody.of(updated.user()), updated.verificationSentTo());
            case UpdateResult.EmailTaken taken -> throw new ApiError(HttpStatus.CONFLICT, "EMAIL_TAKEN", "this email is already registered");
            case UpdateResult.PhoneTaken taken -> throw new ApiError(HttpStatus.CONFLICT, "PHONE_TAKEN", "this phone is already registered");
            case UpdateResult.TooSoon tooSoon ->
                    throw new RateLimited("RATE_LIMITED", "a code was sent there moments ago; retry later", tooSoon.retryAfter());
            case UpdateResult.NotFound gone -> throw ApiError.notFound("USER_NOT_FOUND", "no such account");
            case UpdateResult.ProfileImageNotFound none -> throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY,
                    "PROFILE_IMAGE_NOT_FOUND", "no file of yours has this id; upload one with purpose profile first",
                    Map.of("profile_image_file_id", "is not a file of yours"));
            case UpdateResult.NotAProfileImage wrongPurpose -> throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY,
                    "NOT_A_PROFILE_IMAGE", "this file was uploaded for a job or a dispute; upload one with purpose profile",
                    Map.of("profile_image_file_id", "is not a profile image"));
        };
    }

    @Delete("/me")
    @Operation(summary = "Delete your account: it stops working now; personal data is removed after the grace period")
    public MessageBody delete(Authentication authentication) {
        if (!deleteAccount.delete(currentActor.user(authentication).id())) {
            throw ApiError.notFound("USER_NOT_FOUND", "no such account");
        }
        return new MessageBody("Account deleted.");
    }

    @Get
    @Secured("admin")
    @Operation(summary = "All accounts, oldest first (admin)")
    public UserPageBody list(Authentication authentication, @Nullable @QueryValue String role,
                                   @Nullable @QueryValue String status, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer limit) {
        Actor caller = currentActor.of(authentication);
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return users.list(caller, role(role), status(status), request)
                .map(found -> Pages.of(found, UserBody::of, UserPageBody::new))
                .orElseThrow(() -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this"));
    }

    @Get("/{id}")
    @Operation(summary = "An account by id: admins read any, others only their own (404 for the rest)")
    public UserBody byId(Authentication authentication, @PathVariable String id) {
        Actor caller = currentActor.of(authentication);
        if (!Prefixed.matches(id, UserId.PREFIX)) {
            throw ApiError.notFound("USER_NOT_FOUND", "no such account");
        }
        return users.byId(caller, new UserId(id)).map(UserBody::of)
                .orElseThrow(() -> ApiError.notFound("USER_NOT_FOUND", "no such account"));
    }

    static Role role(String role) {
        if (role == null) {
            return null;
        }
        for (Role candidate : Role.values()) {
            if (candidate.wireName().equals(role)) {
                return candidate;
            }
        }
        throw ApiError.validation(Map.of("role", "must be customer, provider or admin"));
    }

    static AccountStatus status(String status) {
        return status == null ? null : AccountStatus.fromWireName(status)
                .orElseThrow(() -> ApiError.validation(Map.of("status",
                        "must be pending_verification, pending_approval, active, suspended or deleted")));
    }
}
