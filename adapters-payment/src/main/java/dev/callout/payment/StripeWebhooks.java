package dev.callout.payment;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.payment.GatewayEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Stripe's webhooks: the {@code Stripe-Signature} header's v1 HMAC-SHA256 over
 * {@code timestamp.payload} is checked on the raw body with the endpoint's secret; a timestamp
 * older than the tolerance (5 minutes) or ahead of our clock by more than the allowed skew is
 * refused, so a captured request cannot be replayed later.
 */
public final class StripeWebhooks implements GatewayEvents {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final String secret;
    private final Clock clock;

    public StripeWebhooks(String secret, Clock clock) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Verification verify(String payload, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return new Verification.Refused("the Stripe-Signature header is missing");
        }
        Long timestamp = timestamp(signatureHeader);
        if (timestamp == null) {
            return new Verification.Refused("the Stripe-Signature header has no timestamp");
        }
        if (timestamp > clock.instant().plus(CLOCK_SKEW).getEpochSecond()) {
            return new Verification.Refused("the signature's timestamp is in the future");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE.toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            return new Verification.Refused(e.getMessage());
        } catch (RuntimeException e) { // gson's parse errors: the signature matched, the JSON does not read
            return new Verification.Refused("the payload is not a Stripe event");
        }
        if (event.getId() == null || event.getType() == null) {
            return new Verification.Refused("the payload is not a Stripe event");
        }
        try {
            return new Verification.Verified(translate(event));
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            return new Verification.Refused("the event's object could not be read: " + e.getMessage());
        }
    }

    private static GatewayEvent translate(Event event) throws EventDataObjectDeserializationException {
        String id = event.getId();
        String type = event.getType();
        if (type.startsWith("payment_intent.")) {
            PaymentIntent intent = object(event, PaymentIntent.class);
            if (type.equals("payment_intent.payment_failed")) {
                var error = intent.getLastPaymentError();
                String code = error == null ? "payment_failed"
                        : error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode();
                return new GatewayEvent.IntentFailed(id, type, intent.getId(), StripeIntents.paymentId(intent),
                        code == null ? "payment_failed" : code, error == null ? null : error.getMessage());
            }
            return new GatewayEvent.IntentChanged(id, type, StripeIntents.snapshot(intent), StripeIntents.paymentId(intent));
        }
        return switch (type) {
            case "charge.refunded" -> {
                Charge charge = object(event, Charge.class);
                yield new GatewayEvent.ChargeRefunded(id, type, charge.getPaymentIntent(),
                        StripeIntents.money(charge.getAmountCaptured(), charge.getCurrency()),
                        StripeIntents.money(charge.getAmountRefunded(), charge.getCurrency()));
            }
            case "charge.dispute.created" -> {
                Dispute dispute = object(event, Dispute.class);
                yield new GatewayEvent.DisputeCreated(id, type, dispute.getPaymentIntent(), dispute.getReason());
            }
            default -> new GatewayEvent.Other(id, type);
        };
    }

    /**
     * The event's object, also when the event was written with another API version than
     * stripe-java's, or without one (hand-made events): then it is read from the raw JSON.
     */
    private static <T extends StripeObject> T object(Event event, Class<T> type) throws EventDataObjectDeserializationException {
        var data = event.getDataObjectDeserializer();
        if (event.getApiVersion() == null) {
            return ApiResource.GSON.fromJson(data.getRawJson(), type);
        }
        return type.cast(data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe());
    }

    private static Long timestamp(String header) {
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    return Long.parseLong(pair[1].trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
