package dev.callout.rest.admin;

import dev.callout.application.PageRequest;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.application.webhook.WebhookEndpoint;
import dev.callout.application.webhook.WebhooksUseCase;
import dev.callout.application.webhook.WebhooksUseCase.RegisterCommand;
import dev.callout.application.webhook.WebhooksUseCase.Result;
import dev.callout.rest.body.PageBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
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

    @Serdeable
    @Schema(name = "WebhookRegistration")
    public record RegisterBody(
            @Nullable @Schema(example = "https://orders.example.com/callout", description = "https, a public address") String url,
            @Nullable @Schema(example = "[\"job.status_changed\", \"payment.updated\"]",
                    description = "public event types, or [\"*\"] for all of them") List<String> events,
            @Nullable @Schema(maxLength = 500) String description) {
    }

    @Serdeable
    @Schema(name = "Webhook")
    public record WebhookBody(String id, String url, List<String> events, @Nullable String description, Instant createdAt) {
        static WebhookBody of(WebhookEndpoint endpoint) {
            return new WebhookBody(endpoint.id(), endpoint.url(), endpoint.events().stream().sorted().toList(),
                    endpoint.description(), endpoint.createdAt());
        }
    }

    @Serdeable
    @Schema(name = "RegisteredWebhook", description = "The endpoint with its signing secret, shown this once")
    public record RegisteredBody(String id, String url, List<String> events, @Nullable String description, String secret,
                                 Instant createdAt) {
        static RegisteredBody of(WebhookEndpoint endpoint) {
            WebhookBody body = WebhookBody.of(endpoint);
            return new RegisteredBody(body.id(), body.url(), body.events(), body.description(), endpoint.secret(),
                    body.createdAt());
        }
    }

    @Serdeable
    @Schema(name = "WebhookDelivery")
    public record DeliveryBody(String id, String eventId, String eventType,
                               @Schema(allowableValues = {"pending", "delivered", "failed"}) String status, int attempts,
                               @Nullable Integer lastResponseCode, @Nullable String lastError, @Nullable Instant lastAttemptAt,
                               @Nullable @Schema(description = "when the next attempt is due; null once delivered or failed")
                               Instant nextAttemptAt, Instant createdAt) {
        static DeliveryBody of(WebhookDelivery delivery) {
            return new DeliveryBody(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status().wireName(),
                    delivery.attempts(), delivery.lastResponseCode(), delivery.lastError(), delivery.lastAttemptAt(),
                    delivery.nextAttemptAt(), delivery.createdAt());
        }
    }

    @Post
    @Operation(summary = "Register an endpoint for event deliveries; the answer carries its signing secret, once",
            description = "400 VALIDATION_ERROR naming url (not https, not a public address, a host that does not resolve), "
                    + "events (unknown or internal types) or description")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RegisteredBody.class)))
    public HttpResponse<RegisteredBody> register(Authentication authentication, @Body RegisterBody body) {
        return answer(webhooks.register(new RegisterCommand(currentActor.of(authentication), body.url(), body.events(),
                body.description())), endpoint -> HttpResponse.created(RegisteredBody.of(endpoint)));
    }

    @Get("{?page,limit}")
    @Operation(summary = "Registered endpoints, newest first (never their secrets)")
    public HttpResponse<PageBody<WebhookBody>> list(Authentication authentication, @Nullable @QueryValue Integer page,
                                                    @Nullable @QueryValue Integer limit) {
        return answer(webhooks.list(currentActor.of(authentication), page(page, limit)),
                endpoints -> HttpResponse.ok(PageBody.of(endpoints, WebhookBody::of)));
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
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = DeliveryBody.class)))
    public HttpResponse<DeliveryBody> test(Authentication authentication, @PathVariable String id) {
        return answer(webhooks.test(currentActor.of(authentication), id),
                delivery -> HttpResponse.accepted().body(DeliveryBody.of(delivery)));
    }

    @Get("/{id}/deliveries{?page,limit}")
    @Operation(summary = "The endpoint's deliveries, newest first: status, attempts, last answer, next attempt",
            description = "404 WEBHOOK_NOT_FOUND")
    public HttpResponse<PageBody<DeliveryBody>> deliveries(Authentication authentication, @PathVariable String id,
                                                           @Nullable @QueryValue Integer page,
                                                           @Nullable @QueryValue Integer limit) {
        return answer(webhooks.deliveries(currentActor.of(authentication), id, page(page, limit)),
                found -> HttpResponse.ok(PageBody.of(found, DeliveryBody::of)));
    }

    /**
     * The route's answer: {@code done} with what the use case gave, or the envelope with the refusal's
     * status. The routes keep their declared body types, which the OpenAPI document reads (an annotation
     * cannot name a page's generic schema); Micronaut writes a body that is not of that type by its own.
     */
    private static <T, B> HttpResponse<B> answer(Result<T> result, Function<T, HttpResponse<B>> done) {
        return switch (result) {
            case Result.Done<T> value -> done.apply(value.value());
            case Result.NotFound<T> missing -> refused(ApiError.notFound("WEBHOOK_NOT_FOUND", "no such webhook endpoint"));
            case Result.Forbidden<T> forbidden -> refused(new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this"));
        };
    }

    private static <B> HttpResponse<B> refused(ApiError refusal) {
        MutableHttpResponse<B> answer = HttpResponse.status(refusal.status());
        answer.body(refusal.envelope());
        return answer;
    }

    private static PageRequest page(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }
}
