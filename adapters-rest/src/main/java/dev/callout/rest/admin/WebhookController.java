package dev.callout.rest.admin;

import dev.callout.application.PageRequest;
import dev.callout.application.webhook.WebhooksUseCase.RegisterCommand;
import dev.callout.application.webhook.WebhooksUseCase.Result;
import dev.callout.application.webhook.WebhooksUseCase;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;

/** Outgoing webhooks: integrators' endpoints, a test event, and how deliveries went. Admins only, audited. */
@Controller("/api/v1/admin/webhooks")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin")
public class WebhookController {

    private final CurrentActor currentActor;
    private final WebhooksUseCase webhooks;

    public WebhookController(CurrentActor currentActor, WebhooksUseCase webhooks) {
        this.currentActor = currentActor;
        this.webhooks = webhooks;
    }

    @Post
    @Operation(summary = "Register an endpoint for event deliveries; the answer carries its signing secret, once",
            description = "400 VALIDATION_ERROR naming url (not https, not a public address, a host that does not resolve), "
                    + "events (unknown or internal types) or description")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RegisteredWebhookBody.class)))
    public HttpResponse<RegisteredWebhookBody> register(Authentication authentication, @Body WebhookRegistrationBody body) {
        return answer(webhooks.register(new RegisterCommand(currentActor.of(authentication), body.url(), body.events(),
                body.description())), endpoint -> HttpResponse.created(RegisteredWebhookBody.of(endpoint)));
    }

    @Get("{?page,limit}")
    @Operation(summary = "Registered endpoints, newest first (never their secrets)")
    public HttpResponse<WebhookPageBody> list(Authentication authentication, @Nullable @QueryValue Integer page,
                                                    @Nullable @QueryValue Integer limit) {
        return answer(webhooks.list(currentActor.of(authentication), page(page, limit)),
                endpoints -> HttpResponse.ok(Pages.of(endpoints, WebhookBody::of, WebhookPageBody::new)));
    }

    @Delete("/{id}")
    @Operation(summary = "Remove an endpoint; its pending deliveries go with it", description = "404 WEBHOOK_NOT_FOUND")
    @ApiResponse(responseCode = "204")
    public HttpResponse<Void> delete(Authentication authentication, @PathVariable String id) {
        return answer(webhooks.delete(currentActor.of(authentication), id), endpoint -> HttpResponse.noContent());
    }

    @Post("/{id}/test")
    @Operation(summary = "Send the endpoint a webhook.test event through the usual delivery path",
            description = "202 with the queued delivery; follow it in /deliveries. 404 WEBHOOK_NOT_FOUND")
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = WebhookDeliveryBody.class)))
    public HttpResponse<WebhookDeliveryBody> test(Authentication authentication, @PathVariable String id) {
        return answer(webhooks.test(currentActor.of(authentication), id),
                delivery -> HttpResponse.accepted().body(WebhookDeliveryBody.of(delivery)));
    }

    @Get("/{id}/deliveries{?page,limit}")
    @Operation(summary = "The endpoint's deliveries, newest first: status, attempts, last answer, next attempt",
            description = "404 WEBHOOK_NOT_FOUND")
    public HttpResponse<WebhookDeliveryPageBody> deliveries(Authentication authentication, @PathVariable String id,
                                                           @Nullable @QueryValue Integer page,
                                                           @Nullable @QueryValue Integer limit) {
        return answer(webhooks.deliveries(currentActor.of(authentication), id, page(page, limit)),
                found -> HttpResponse.ok(Pages.of(found, WebhookDeliveryBody::of, WebhookDeliveryPageBody::new)));
    }

    /**
     * The route's answer: {@code done} with what the use case gave, or the envelope with the refusal's
     * status ({@link ApiError#answer()}).
     */
    private static <T, B> HttpResponse<B> answer(Result<T> result, Function<T, HttpResponse<B>> done) {
        return switch (result) {
            case Result.Done<T> value -> done.apply(value.value());
            case Result.NotFound<T> missing -> ApiError.notFound("WEBHOOK_NOT_FOUND", "no such webhook endpoint").answer();
            case Result.Forbidden<T> forbidden -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this").answer();
        };
    }

    private static PageRequest page(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }
}
