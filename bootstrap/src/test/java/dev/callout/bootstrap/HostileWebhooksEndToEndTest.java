package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.net.Webhook;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.core.type.Argument;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks signed with the offline secret (as the README signs them) but hostile or mistaken:
 * each is refused with 400 in our own words or acknowledged as ignored and recorded, never a 5xx,
 * and none changes the payment. Oversized bodies are refused before their signature is looked at.
 */
class HostileWebhooksEndToEndTest {

    private static final String WEBHOOK = "/api/v1/payments/webhook";

    private final RunningCallout callout = RunningCallout.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private Account customer;
    private String paymentId;
    private String intent;

    @BeforeEach
    void aCompletedCardPayment() {
        customer = callout.customer();
        Account plumber = callout.provider("plumber");
        Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "plumber", "description": "Leaking pipe", "urgency": "immediate",
                 "location": {"lat": 14.5547, "lng": 121.0244}, "budget": {"amount": "850.00"}}""");
        String jobId = posted.get("id");
        callout.post("/api/v1/jobs/" + jobId + "/accept", plumber.token(), null);
        for (String status : List.of("in_progress", "completed")) {
            callout.patch("/api/v1/jobs/" + jobId + "/status", plumber.token(), "{\"status\": \"" + status + "\"}");
        }
        Reply paid = callout.post("/api/v1/payments", customer.token(), "{\"job_id\": \"" + jobId + "\", \"method\": \"card\"}");
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        paymentId = paid.get("id");
        intent = paid.get("gateway_payment_id");
    }

    private static String event(String id, String type, String object) {
        return """
                {"id": "%s", "object": "event", "type": "%s", "data": {"object": %s}}""".formatted(id, type, object);
    }

    private String charge(String captured, String refunded, String currency, String intentId) {
        return """
                {"id": "ch_1", "object": "charge", "amount_captured": %s, "amount_refunded": %s, "currency": %s,
                 "payment_intent": "%s"}""".formatted(captured, refunded, currency, intentId);
    }

    private static String signature(byte[] payload) throws Exception {
        long now = Instant.now().getEpochSecond();
        return "t=" + now + ",v1=" + Webhook.Util.computeHmacSha256(StripeSettings.OFFLINE_WEBHOOK_SECRET,
                now + "." + new String(payload, StandardCharsets.UTF_8));
    }

    private Reply deliver(HttpRequest.BodyPublisher body, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(callout.server.getURL() + WEBHOOK)).POST(body)
                .header("Content-Type", "application/json").header("Stripe-Signature", signature).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Object parsed = response.body().isEmpty() ? null
                : callout.context.getBean(JsonMapper.class).readValue(response.body(), Argument.OBJECT_ARGUMENT);
        return new Reply(response.statusCode(), response, parsed);
    }

    private Reply signed(String payload) throws Exception {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return deliver(HttpRequest.BodyPublishers.ofByteArray(bytes), signature(bytes));
    }

    private static String fresh() {
        return "evt_" + UUID.randomUUID();
    }

    record Hostile(String name, String payload, int status, String code, String says) {
    }

    @Test
    void signedButMalformedOrMismatchingEventsAre400InOurWordsOrIgnoredAndNoneChangesThePayment() throws Exception {
        String ignoredId = fresh();
        List<Hostile> table = List.of(
                new Hostile("a string amount", event(fresh(), "charge.refunded", charge("\"85000\"", "100", "\"php\"", intent)),
                        400, "WEBHOOK_MALFORMED", "data.object.amount_captured must be a whole number of minor units"),
                new Hostile("a negative amount", event(fresh(), "charge.refunded", charge("85000", "-100", "\"php\"", intent)),
                        400, "WEBHOOK_MALFORMED", "data.object.amount_refunded must be a whole number of minor units"),
                new Hostile("an amount past any Stripe charge", event(fresh(), "charge.refunded",
                        charge("1" + "0".repeat(40), "0", "\"php\"", intent)), 400, "WEBHOOK_MALFORMED", "from 0 to 999999999999"),
                new Hostile("not a currency", event(fresh(), "charge.refunded", charge("85000", "100", "\"p$p\"", intent)),
                        400, "WEBHOOK_MALFORMED", "data.object.currency is not a currency"),
                new Hostile("no object", "{\"id\": \"" + fresh() + "\", \"type\": \"charge.refunded\", \"data\": {}}",
                        400, "WEBHOOK_MALFORMED", "data.object is missing"),
                new Hostile("trailing garbage", event(fresh(), "charge.refunded", charge("85000", "100", "\"php\"", intent)) + "x",
                        400, "WEBHOOK_MALFORMED", "not valid JSON"),
                new Hostile("another currency", event(ignoredId, "charge.refunded", charge("85000", "85000", "\"jpy\"", intent)),
                        200, null, "the event's amount captured is in JPY, payment " + paymentId + " is in PHP"),
                new Hostile("more than the payment", event(fresh(), "charge.refunded", charge("8500000", "0", "\"php\"", intent)),
                        200, null, "the event reports 85000.00 PHP captured, outside payment " + paymentId + "'s 0 to 850.00 PHP"),
                new Hostile("refunded more than captured", event(fresh(), "charge.refunded", charge("1000", "2000", "\"php\"", intent)),
                        200, null, "more refunded (20.00 PHP) than captured (10.00 PHP)"),
                new Hostile("an unknown intent", event(fresh(), "charge.refunded", charge("85000", "100", "\"php\"", "pi_nobody")),
                        200, null, "no payment has the intent pi_nobody"),
                new Hostile("an unknown type", event(fresh(), "customer.created", "{\"id\": \"cus_1\"}"),
                        200, null, "Callout does not act on customer.created events"));

        for (Hostile hostile : table) {
            Reply reply = signed(hostile.payload());
            assertThat(reply.status()).as(hostile.name() + ": " + reply.text()).isEqualTo(hostile.status());
            assertThat(reply.text()).as(hostile.name()).doesNotContain("java.", "Exception", "com.google", "com.stripe");
            if (hostile.code() != null) {
                assertThat(reply.errorCode()).as(hostile.name()).isEqualTo(hostile.code());
                assertThat((String) ((Map<?, ?>) reply.json().get("error")).get("message")).as(hostile.name()).contains(hostile.says());
            } else {
                assertThat(reply.json()).as(hostile.name()).containsEntry("outcome", "ignored");
                assertThat(reply.get("reason")).as(hostile.name()).contains(hostile.says());
            }
        }

        Reply after = callout.get("/api/v1/payments/" + paymentId, customer.token());
        assertThat(after.get("status")).isEqualTo("completed");
        assertThat(((Map<?, ?>) after.json().get("refunded")).get("amount")).isEqualTo("0.00");
        assertThat(after.json().get("refunds")).asList().isEmpty();
        assertThat(signed(table.get(6).payload()).get("outcome")).as("recorded: a redelivery is a duplicate").isEqualTo("duplicate");
        assertThat(ignoredBecause(ignoredId)).startsWith("the event's amount captured is in JPY");
    }

    @Test
    void bodiesOver64KbAreRefusedBeforeTheirSignatureIsChecked() throws Exception {
        byte[] large = event(fresh(), "customer.created", "{\"note\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        Reply sized = deliver(HttpRequest.BodyPublishers.ofByteArray(large), "t=1,v1=forged");
        Reply chunked = deliver(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)), signature(large));
        Reply huge = deliver(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024]), "t=1,v1=forged");

        for (Reply reply : List.of(sized, chunked, huge)) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(413);
            assertThat(reply.errorCode()).isEqualTo("WEBHOOK_TOO_LARGE");
        }
        byte[] justUnder = event(fresh(), "customer.created", "{\"note\": \"" + "x".repeat(65_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(justUnder.length).isLessThanOrEqualTo(64 * 1024);
        assertThat(deliver(HttpRequest.BodyPublishers.ofByteArray(justUnder), signature(justUnder)).get("outcome")).isEqualTo("ignored");
    }

    @Test
    void aBodyThatIsNotUtf8IsMalformed() throws Exception {
        byte[] overlong = "{\"id\": \"evt_\u0001\"}".getBytes(StandardCharsets.UTF_8);
        overlong[10] = (byte) 0xC0;
        overlong[11] = (byte) 0x81;

        Reply reply = deliver(HttpRequest.BodyPublishers.ofByteArray(overlong), "t=1,v1=forged");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("WEBHOOK_MALFORMED");
    }

    private String ignoredBecause(String eventId) throws Exception {
        DataSource database = callout.context.getBean(DataSourceResolver.class).resolve(callout.context.getBean(DataSource.class));
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT ignored_because FROM processed_webhook_events WHERE event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
