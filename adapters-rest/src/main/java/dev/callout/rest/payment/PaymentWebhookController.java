package dev.callout.rest.payment;

import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.application.payment.HandleGatewayEventUseCase;
import dev.callout.rest.error.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.body.ByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Stripe's webhooks. The body is read as raw bytes, at most 64 KB of them (a larger one is refused
 * from its Content-Length before it is read, or as soon as the stream passes the limit), decoded as
 * strict UTF-8 and verified before anything parses it; an event already handled is acknowledged
 * without a second effect. Stripe retries any answer but 2xx for days, so 4xx is kept for what a
 * fix on our side could change (a bad signature, an event we cannot read) and events that are
 * readable but cannot apply are acknowledged as ignored.
 */
@Controller("/api/v1/payments/webhook")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
public class PaymentWebhookController {

    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final HandleGatewayEventUseCase webhooks;

    public PaymentWebhookController(HandleGatewayEventUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Stripe webhook (public, Stripe-signed)",
            description = "Bodies over 64 KB: 413 WEBHOOK_TOO_LARGE, before the signature is checked. Verifies the "
                    + "Stripe-Signature header on the raw body (refusing timestamps over 5 minutes old or from the future: "
                    + "400 WEBHOOK_REJECTED), reads the event strictly (400 WEBHOOK_MALFORMED when it is not JSON or a field "
                    + "Callout uses is missing or of the wrong kind), then applies payment_intent.*, charge.refunded and "
                    + "charge.dispute.created once per event id, whatever the order of arrival. Other types, unknown intents "
                    + "and events that contradict their payment (another currency, more than its amount) answer 200 "
                    + "\"ignored\" with the reason, and are recorded so a redelivery is a duplicate.")
    public WebhookReceiptBody receive(HttpRequest<?> request, @Nullable @Header("Stripe-Signature") String signature) {
        return switch (webhooks.handle(body(request), signature)) {
            case WebhookResult.Applied applied -> new WebhookReceiptBody(true, "applied", null);
            case WebhookResult.Duplicate duplicate -> new WebhookReceiptBody(true, "duplicate", null);
            case WebhookResult.Ignored ignored -> new WebhookReceiptBody(true, "ignored", ignored.reason());
            case WebhookResult.Refused refused -> throw new ApiError(HttpStatus.BAD_REQUEST, "WEBHOOK_REJECTED",
                    "the webhook was refused: " + refused.reason());
            case WebhookResult.Unreadable unreadable -> throw malformed("the event cannot be read: " + unreadable.reason());
        };
    }

    /** The raw body as strict UTF-8, read no further than one byte past the limit (a profile's webhooks share it). */
    public static String body(HttpRequest<?> request) {
        ByteBody body = ((ServerHttpRequest<?>) request).byteBody();
        if (body.expectedLength().orElse(0) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = body.toInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook body could not be read", e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("the body is not valid UTF-8");
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "WEBHOOK_TOO_LARGE",
                "a webhook body is at most " + MAX_BODY_BYTES / 1024 + " KB");
    }

    private static ApiError malformed(String message) {
        return new ApiError(HttpStatus.BAD_REQUEST, "WEBHOOK_MALFORMED", message);
    }
}
