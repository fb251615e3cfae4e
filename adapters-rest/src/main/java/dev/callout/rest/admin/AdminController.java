package dev.callout.rest.admin;

import dev.callout.application.PageRequest;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeResult;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeStatusCommand;
import dev.callout.application.admin.ChangeAccountStatusUseCase;
import dev.callout.application.admin.ListAuditLogUseCase;
import dev.callout.application.admin.ListUsersUseCase;
import dev.callout.application.admin.ProviderMapUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.account.UserBody;
import dev.callout.rest.account.UserPageBody;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** Provider approval, suspension and reinstatement, the audit log of those acts and the providers' map. Admins only. */
@CanonicalApi
@Controller("/api/v1/admin")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin")
public class AdminController {

    private final CurrentActor currentActor;
    private final ListUsersUseCase users;
    private final ChangeAccountStatusUseCase changeStatus;
    private final ListAuditLogUseCase auditLog;
    private final ProviderMapUseCase map;

    public AdminController(CurrentActor currentActor, ListUsersUseCase users, ChangeAccountStatusUseCase changeStatus,
                           ListAuditLogUseCase auditLog, ProviderMapUseCase map) {
        this.currentActor = currentActor;
        this.users = users;
        this.changeStatus = changeStatus;
        this.auditLog = auditLog;
        this.map = map;
    }

    @Get("/providers")
    @Operation(summary = "Providers, optionally by status (pending_approval, active, suspended, …)")
    public UserPageBody providers(Authentication authentication, @Nullable @QueryValue String status,
                                        @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        AccountStatus wanted = status == null ? null : AccountStatus.fromWireName(status)
                .orElseThrow(() -> ApiError.validation(Map.of("status", "is not an account status")));
        return users.list(currentActor.of(authentication), Role.PROVIDER, wanted, page(page, limit))
                .map(found -> Pages.of(found, UserBody::of, UserPageBody::new))
                .orElseThrow(AdminController::forbidden);
    }

    @Get("/providers/map")
    @Operation(summary = "Approved providers on the map: availability and where they count as being now",
            description = "The live position while it is fresh, else the base location, else no position (lat, lng null). "
                    + "The operators' socket feed (ops.subscribe) keeps it current.")
    public ProviderOnMapPageBody providerMap(Authentication authentication, @Nullable @QueryValue Integer page,
                                                   @Nullable @QueryValue Integer limit) {
        return map.list(currentActor.of(authentication), page(page, limit))
                .map(found -> Pages.of(found, ProviderOnMapBody::of, ProviderOnMapPageBody::new))
                .orElseThrow(AdminController::forbidden);
    }

    @Patch("/providers/{id}")
    @Operation(summary = "Approve, suspend or reinstate a provider, with a note",
            description = "404 USER_NOT_FOUND (also for non-providers), 422 INVALID_STATUS_CHANGE")
    public HttpResponse<UserBody> changeProvider(Authentication authentication, @PathVariable String id,
                                                 @Body AccountStatusChangeBody body) {
        return change(authentication, id, body, true);
    }

    @Patch("/users/{id}")
    @Operation(summary = "Approve, suspend or reinstate any account, with a note; suspension ends its sessions at once",
            description = "404 USER_NOT_FOUND, 422 INVALID_STATUS_CHANGE or CANNOT_CHANGE_OWN_ACCOUNT")
    public HttpResponse<UserBody> changeUser(Authentication authentication, @PathVariable String id,
                                             @Body AccountStatusChangeBody body) {
        return change(authentication, id, body, false);
    }

    @Get("/audit-log")
    @Operation(summary = "Every admin act, newest first")
    public AuditEntryPageBody audit(Authentication authentication, @Nullable @QueryValue Integer page,
                                          @Nullable @QueryValue Integer limit) {
        return auditLog.list(currentActor.of(authentication), page(page, limit))
                .map(found -> Pages.of(found, AuditEntryBody::of, AuditEntryPageBody::new))
                .orElseThrow(AdminController::forbidden);
    }

    private HttpResponse<UserBody> change(Authentication authentication, String id, AccountStatusChangeBody body,
                                          boolean providersOnly) {
        Actor admin = currentActor.of(authentication);
        if (!Prefixed.matches(id, UserId.PREFIX)) {
            throw notFound();
        }
        AccountStatus status = body.status() == null ? null : AccountStatus.fromWireName(body.status()).orElse(null);
        return switch (changeStatus.change(new ChangeStatusCommand(admin, new UserId(id), status, body.note(), providersOnly))) {
            case ChangeResult.Changed changed -> HttpResponse.ok(UserBody.of(changed.user()));
            case ChangeResult.NotFound missing -> notFound().answer();
            case ChangeResult.Forbidden forbidden -> forbidden().answer();
            case ChangeResult.OwnAccount own -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "CANNOT_CHANGE_OWN_ACCOUNT",
                    "admins do not change their own status").answer();
            case ChangeResult.NotAllowed notAllowed -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_STATUS_CHANGE",
                    "an account in status " + notAllowed.from().wireName() + " cannot be made " + notAllowed.to().wireName())
                    .answer();
        };
    }

    private static PageRequest page(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    private static ApiError notFound() {
        return ApiError.notFound("USER_NOT_FOUND", "no such account");
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this");
    }
}
