package dev.callout.rest.payment;

import dev.callout.application.payment.HandleGatewayEventUseCase;
import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.payment.PaymentBodies.WebhookReceiptBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Stripe's webhooks. The body is taken as raw text, exactly as signed: it is verified before it
 * is read, and an event already handled is acknowledged without a second effect.
 */
@Controller("/api/v1/payments/webhook")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
public class PaymentWebhookController {

    private final HandleGatewayEventUseCase webhooks;

    public PaymentWebhookController(HandleGatewayEventUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Stripe webhook (public, Stripe-signed)",
            description = "Verifies the Stripe-Signature header on the raw body (refusing timestamps over 5 minutes old or from "
                    + "the future, or not a readable Stripe event: 400 WEBHOOK_REJECTED), then applies payment_intent.*, charge.refunded and "
                    + "charge.dispute.created once per event id, whatever the order of arrival")
    public WebhookReceiptBody receive(@Body String payload, @Nullable @Header("Stripe-Signature") String signature) {
        return switch (webhooks.handle(payload, signature)) {
            case WebhookResult.Applied applied -> new WebhookReceiptBody(true, "applied");
            case WebhookResult.Duplicate duplicate -> new WebhookReceiptBody(true, "duplicate");
            case WebhookResult.Ignored ignored -> new WebhookReceiptBody(true, "ignored");
            case WebhookResult.Refused refused -> throw new ApiError(HttpStatus.BAD_REQUEST, "WEBHOOK_REJECTED",
                    "the webhook was refused: " + refused.reason());
        };
    }
}
