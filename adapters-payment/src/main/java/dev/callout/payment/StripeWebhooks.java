package dev.callout.payment;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.port.GatewayEvents;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.PaymentId;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Stripe's webhooks: the {@code Stripe-Signature} header's v1 HMAC-SHA256 over
 * {@code timestamp.payload} is checked on the raw body with the endpoint's secret before anything
 * reads the body; a timestamp older than the tolerance (5 minutes) or ahead of our clock by more
 * than the allowed skew is refused, so a captured request cannot be replayed later. A signed body
 * is then read strictly (one JSON object, nothing after it) and only the fields Callout uses are
 * taken, each of the kind Stripe sends: ids and currencies as text, amounts as whole minor units.
 */
public final class StripeWebhooks implements GatewayEvents {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** Larger than any amount Stripe accepts (8 digits in most currencies, 12 in a few). */
    static final long MAX_AMOUNT = 999_999_999_999L;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9_.]{1,128}");
    private static final Pattern WHOLE_AMOUNT = Pattern.compile("0|[1-9][0-9]{0,11}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Gson GSON = new Gson();

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
        long now = clock.instant().getEpochSecond();
        if (timestamp > now + CLOCK_SKEW.toSeconds()) {
            return new Verification.Refused("the signature's timestamp is in the future");
        }
        if (timestamp < now - TOLERANCE.toSeconds()) {
            return new Verification.Refused("the signature is older than 5 minutes");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, secret, TOLERANCE.toSeconds(), clock);
        } catch (SignatureVerificationException | RuntimeException e) {
            return new Verification.Refused("no v1 signature in the Stripe-Signature header matches the payload");
        }
        try {
            return new Verification.Verified(translate(parse(payload)));
        } catch (Unreadable e) {
            return new Verification.Unreadable(e.getMessage());
        }
    }

    private static GatewayEvent translate(JsonObject event) {
        String id = text(event, "id");
        String type = text(event, "type");
        if (!ID.matcher(id).matches()) {
            throw new Unreadable("id is not a Stripe event id");
        }
        if (!TYPE.matcher(type).matches()) {
            throw new Unreadable("type is not a Stripe event type");
        }
        boolean intent = type.startsWith("payment_intent.");
        boolean checkout = type.equals("checkout.session.completed") || type.equals("checkout.session.expired");
        if (!intent && !checkout && !type.equals("charge.refunded") && !type.equals("charge.dispute.created")) {
            return new GatewayEvent.Other(id, type);
        }
        JsonObject object = object(object(event, "data"), "data.object");
        if (checkout) {
            return checkout(id, type, object);
        }
        if (type.equals("payment_intent.payment_failed")) {
            JsonObject error = optionalObject(object, "data.object.last_payment_error");
            String code = error == null ? null : optionalText(error, "data.object.last_payment_error.decline_code");
            if (code == null && error != null) {
                code = optionalText(error, "data.object.last_payment_error.code");
            }
            String message = error == null ? null : optionalText(error, "data.object.last_payment_error.message");
            return new GatewayEvent.IntentFailed(id, type, objectId(object), paymentId(object),
                    code == null ? "payment_failed" : code, message);
        }
        if (intent) {
            Money received = money(object, "amount_received");
            IntentSnapshot snapshot = new IntentSnapshot(objectId(object), optionalText(object, "data.object.client_secret"),
                    StripeIntents.status(text(object, "data.object.status")), received);
            return new GatewayEvent.IntentChanged(id, type, snapshot, paymentId(object));
        }
        String intentId = optionalText(object, "data.object.payment_intent");
        if (type.equals("charge.refunded")) {
            return new GatewayEvent.ChargeRefunded(id, type, intentId, money(object, "amount_captured"),
                    money(object, "amount_refunded"));
        }
        return new GatewayEvent.DisputeCreated(id, type, intentId, optionalText(object, "data.object.reason"));
    }

    /**
     * A session paid with a card for manual capture completes {@code unpaid} (the card is held), one captured at once
     * {@code paid}; sessions take cards only, so no other payment method leaves it unpaid.
     */
    private static GatewayEvent checkout(String id, String type, JsonObject session) {
        String sessionId = objectId(session);
        if (type.equals("checkout.session.expired")) {
            return new GatewayEvent.CheckoutExpired(id, type, sessionId, paymentId(session));
        }
        String intentId = text(session, "data.object.payment_intent");
        if (!ID.matcher(intentId).matches()) {
            throw new Unreadable("data.object.payment_intent is not a Stripe id");
        }
        boolean paid = switch (text(session, "data.object.payment_status")) {
            case "paid" -> true;
            case "unpaid" -> false;
            default -> throw new Unreadable("data.object.payment_status is not paid or unpaid");
        };
        Money total = money(session, "amount_total");
        IntentSnapshot snapshot = new IntentSnapshot(intentId, null, paid ? IntentStatus.SUCCEEDED : IntentStatus.REQUIRES_CAPTURE,
                paid ? total : Money.zero(total.currency()));
        return new GatewayEvent.CheckoutCompleted(id, type, sessionId, snapshot, paymentId(session));
    }

    /** One JSON object and nothing after it; no leniency (comments, single quotes, NaN, trailing text). */
    private static JsonObject parse(String payload) {
        try (JsonReader reader = new JsonReader(new StringReader(payload))) {
            reader.setLenient(false);
            JsonElement root = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Unreadable("the payload has content after the event");
            }
            if (!root.isJsonObject()) {
                throw new Unreadable("the payload is not a JSON object");
            }
            return root.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new Unreadable("the payload is not valid JSON");
        }
    }

    private static String objectId(JsonObject object) {
        String id = text(object, "data.object.id");
        if (!ID.matcher(id).matches()) {
            throw new Unreadable("data.object.id is not a Stripe id");
        }
        return id;
    }

    private static PaymentId paymentId(JsonObject intent) {
        JsonObject metadata = optionalObject(intent, "data.object.metadata");
        String id = metadata == null ? null : optionalText(metadata, "data.object.metadata." + StripeIntents.PAYMENT_ID);
        return Prefixed.matches(id, PaymentId.PREFIX) ? new PaymentId(id) : null;
    }

    /** An amount in the object's currency, as Stripe writes it: a whole number of minor units. */
    private static Money money(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                || !WHOLE_AMOUNT.matcher(value.getAsString()).matches()) {
            throw new Unreadable("data.object." + name + " must be a whole number of minor units from 0 to " + MAX_AMOUNT);
        }
        String code = text(object, "data.object.currency");
        try {
            if (!CURRENCY.matcher(code).matches()) {
                throw new IllegalArgumentException(code);
            }
            return new Money(Long.parseLong(value.getAsString()), Currency.getInstance(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("data.object.currency is not a currency with minor units");
        }
    }

    private static String text(JsonObject object, String path) {
        String text = optionalText(object, path);
        if (text == null || text.isEmpty()) {
            throw new Unreadable(path + " is missing");
        }
        return text;
    }

    private static String optionalText(JsonObject object, String path) {
        JsonElement value = object.get(name(path));
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new Unreadable(path + " must be text");
        }
        return value.getAsString();
    }

    private static JsonObject object(JsonObject parent, String path) {
        JsonObject object = optionalObject(parent, path);
        if (object == null) {
            throw new Unreadable(path + " is missing");
        }
        return object;
    }

    private static JsonObject optionalObject(JsonObject parent, String path) {
        JsonElement value = parent.get(name(path));
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonObject()) {
            throw new Unreadable(path + " must be an object");
        }
        return value.getAsJsonObject();
    }

    /** The field a path such as {@code data.object.currency} ends with. */
    private static String name(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
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

    /** A signed payload that is not an event Callout can read; the message says which part, in our words. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
