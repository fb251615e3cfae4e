package dev.callout.rest.notification;

import dev.callout.application.PageRequest;
import dev.callout.application.notification.NotificationsUseCase;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.body.QueryFlag;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@CanonicalApi
@Controller("/api/v1/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications")
public class NotificationController {

    private final CurrentActor currentActor;
    private final NotificationsUseCase notifications;

    public NotificationController(CurrentActor currentActor, NotificationsUseCase notifications) {
        this.currentActor = currentActor;
        this.notifications = notifications;
    }

    @Get("{?read,page,limit}")
    @Operation(summary = "Your notifications, newest first; read=true|false filters")
    public NotificationPageBody list(Authentication authentication, @Nullable @QueryValue @Schema(type = "boolean") String read,
                                           @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        return Pages.of(notifications.list(currentActor.of(authentication), QueryFlag.parse(read, "read"),
                new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit)), NotificationBody::of, NotificationPageBody::new);
    }

    @Patch("/read-all")
    @Operation(summary = "Mark all your notifications read")
    public NotificationsReadBody readAll(Authentication authentication) {
        return new NotificationsReadBody(notifications.markAllRead(currentActor.of(authentication)));
    }

    @Patch("/{id}/read")
    @Operation(summary = "Mark one of your notifications read")
    public NotificationReadBody read(Authentication authentication, @PathVariable String id) {
        return notifications.markRead(currentActor.of(authentication), id).map(found -> new NotificationReadBody(found.id(), true))
                .orElseThrow(() -> ApiError.notFound("NOTIFICATION_NOT_FOUND", "notification not found"));
    }
}
