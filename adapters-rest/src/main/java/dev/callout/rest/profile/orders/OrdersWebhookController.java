package dev.callout.rest.profile.orders;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.job.FulfilmentUpdatesUseCase.FulfilmentUpdate;
import dev.callout.application.job.FulfilmentUpdatesUseCase.UpdateResult;
import dev.callout.application.job.FulfilmentUpdatesUseCase;
import dev.callout.application.webhook.WebhookSignature;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.job.JobResults;
import dev.callout.rest.payment.PaymentWebhookController;
import dev.callout.rest.payment.WebhookReceiptBody;
import dev.callout.rest.profile.orders.OrdersBodies.OrderEvent;
import dev.callout.rest.profile.orders.OrdersBodies.OrderEventData;
import dev.callout.rest.profile.orders.OrdersBodies.OrderRef;
import dev.callout.rest.profile.orders.OrdersBodies.ReceiptBody;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 004's webhooks. /payment is the canonical Stripe webhook on another path. /order takes an
 * order's status from a fulfilment system: the raw body is verified against its
 * {@code Callout-Signature} before anything reads it (unsigned or badly signed: 401, nothing
 * changes), then applied once per event id.
 */
@Controller("/api/webhooks")
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "orders")
public class OrdersWebhookController {

    /** The core's names for an update's fields, and this document's. */
    private static final Map<String, String> FIELDS = Map.of("event_id", "id", "order_id", "data.order.id",
            "status", "data.status", "provider_id", "data.order.providerId");

    private final PaymentWebhookController payments;
    private final FulfilmentUpdatesUseCase fulfilment;
    private final JsonMapper json;

    public OrdersWebhookController(PaymentWebhookController payments, FulfilmentUpdatesUseCase fulfilment, JsonMapper json) {
        this.payments = payments;
        this.fulfilment = fulfilment;
        this.json = json;
    }

    @Post("/payment")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public WebhookReceiptBody payment(HttpRequest<?> request, @Nullable @Header("Stripe-Signature") String signature) {
        return payments.receive(request, signature);
    }

    @Post("/order")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public ReceiptBody order(HttpRequest<?> request, @Nullable @Header(WebhookSignature.HEADER) String signature) {
        String payload = PaymentWebhookController.body(request);
        if (!fulfilment.verifies(payload.getBytes(StandardCharsets.UTF_8), signature)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "WEBHOOK_REJECTED",
                    "the update is not signed with this deployment's order webhook secret, or its signature is too old");
        }
        return switch (fulfilment.apply(update(read(payload)))) {
            case UpdateResult.Applied applied -> new ReceiptBody(true, "applied", applied.order().status().wireName());
            case UpdateResult.Duplicate duplicate -> new ReceiptBody(true, "duplicate", null);
            case UpdateResult.NotFound notFound -> throw ApiError.notFound("ORDER_NOT_FOUND", "order not found");
            case UpdateResult.UnknownProvider unknown -> throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY,
                    "PROVIDER_NOT_FOUND", "no active provider has this id",
                    Map.of("data.order.providerId", "is not an active provider"));
            case UpdateResult.Refused refused -> throw JobResults.refusal(refused.reason());
            case UpdateResult.Conflict conflict -> throw new ApiError(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                    "the order changed while this update ran; send it again");
        };
    }

    private OrderEvent read(String payload) {
        OrderEvent event;
        try {
            event = json.readValue(payload, OrderEvent.class);
        } catch (IOException | RuntimeException e) {
            throw malformed();
        }
        if (event == null) {
            throw malformed();
        }
        return event;
    }

    private static FulfilmentUpdate update(OrderEvent event) {
        OrderEventData data = event.data() == null ? new OrderEventData(null, null) : event.data();
        OrderRef order = data.order() == null ? new OrderRef(null, null) : data.order();
        if (order.id() != null && !Prefixed.matches(order.id(), JobId.PREFIX)) {
            throw ApiError.notFound("ORDER_NOT_FOUND", "order not found");
        }
        if (order.providerId() != null && !Prefixed.matches(order.providerId(), UserId.PREFIX)) {
            throw ApiError.validation(Map.of("data.order.providerId", "is not a user id"));
        }
        try {
            return new FulfilmentUpdate(event.id(), event.type(), order.id() == null ? null : new JobId(order.id()),
                    data.status() == null ? null : JobStatus.fromWireName(data.status()).orElse(null),
                    order.providerId() == null ? null : new UserId(order.providerId()));
        } catch (InvalidCommandException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.fields().forEach((field, problem) -> fields.put(FIELDS.getOrDefault(field, field), problem));
            throw ApiError.validation(fields);
        }
    }

    private static ApiError malformed() {
        return new ApiError(HttpStatus.BAD_REQUEST, "WEBHOOK_MALFORMED",
                "the update is not a JSON object of the order webhook's shape");
    }
}
