package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.net.Webhook;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Paying for jobs over HTTP against the running application, its PostgreSQL and the offline
 * gateway: Chayenity's escrow, BlueWork's card and cash, refunds, history, earnings, idempotency
 * keys and Stripe-signed webhooks replayed without double counting.
 */
class PaymentsEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final HttpClient http = HttpClient.newHttpClient();

    private static final String GIG = """
            {"category": "moving_help", "description": "Help move furniture", "urgency": "immediate",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "Ayala Ave, Makati"},
             "budget": {"amount": "1500.00", "currency": "PHP"}}""";

    private static final String PLUMBING = """
            {"category": "plumber", "description": "Leaking pipe", "urgency": "immediate",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"},
             "budget": {"amount": "850.00"}}""";

    // ---- helpers

    private Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callout.server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            Object parsed = isJson && !response.body().isEmpty()
                    ? callout.context.getBean(JsonMapper.class).readValue(response.body(), Argument.OBJECT_ARGUMENT) : null;
            return new Reply(response.statusCode(), response, parsed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Account provider(String category) {
        Account provider = callout.provider(category);
        callout.approve(provider.id());
        return provider;
    }

    /** A job of the customer's, taken by the provider and moved to {@code status}. */
    private String job(Account customer, Account provider, String body, String status) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), body);
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String jobId = posted.get("id");
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null).status()).isEqualTo(200);
        List<String> steps = switch (status) {
            case "accepted" -> List.of();
            case "in_progress" -> List.of("in_progress");
            default -> List.of("in_progress", "completed");
        };
        for (String next : steps) {
            Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"" + next + "\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return jobId;
    }

    private Reply pay(Account customer, String jobId, String method) {
        return callout.post("/api/v1/payments", customer.token(), "{\"job_id\": \"%s\", \"method\": \"%s\"}".formatted(jobId, method));
    }

    @SuppressWarnings("unchecked")
    private static String amount(Reply reply, String field) {
        return (String) ((Map<String, Object>) reply.json().get(field)).get("amount");
    }

    @SuppressWarnings("unchecked")
    private static String amount(Map<String, Object> object, String field) {
        return (String) ((Map<String, Object>) object.get(field)).get("amount");
    }

    // ---- flows

    @Test
    void chayenityEscrowIsHeldAfterAcceptanceAndReleasedAfterCompletionLessTheFivePercentFee() {
        Account seeker = callout.customer();
        Account helper = provider("moving_help");
        String gig = job(seeker, helper, GIG, "accepted");

        Reply held = pay(seeker, gig, "card");
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        assertThat(held.get("status")).isEqualTo("authorized");
        assertThat(held.get("capture")).isEqualTo("on_release");
        assertThat(held.get("client_secret")).startsWith(held.get("gateway_payment_id"));
        assertThat(amount(held, "platform_fee")).isEqualTo("75.00");
        assertThat(amount(held, "provider_net")).isEqualTo("1425.00");
        String paymentId = held.get("id");
        Reply asHelper = callout.get("/api/v1/payments/" + paymentId, helper.token());
        assertThat(asHelper.status()).isEqualTo(200);
        assertThat(asHelper.json().get("client_secret")).as("only the customer sees the client secret").isNull();
        assertThat(callout.post("/api/v1/payments/" + paymentId + "/release", helper.token(), null).status()).isEqualTo(403);

        for (String status : List.of("in_progress", "completed")) {
            callout.patch("/api/v1/jobs/" + gig + "/status", helper.token(), "{\"status\": \"" + status + "\"}");
        }
        Reply released = callout.post("/api/v1/payments/" + paymentId + "/release", seeker.token(), null);
        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.get("status")).isEqualTo("completed");
        assertThat(amount(released, "captured")).isEqualTo("1500.00");
        assertThat(released.get("paid_at")).isNotNull();
        Reply again = callout.post("/api/v1/payments/" + paymentId + "/release", seeker.token(), null);
        assertThat(again.status()).as("releasing twice changes nothing").isEqualTo(200);
        assertThat(again.json()).isEqualTo(released.json());

        Reply earnings = callout.get("/api/v1/providers/me/earnings", helper.token());
        assertThat(earnings.status()).as(earnings.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = ((List<Map<String, Object>>) earnings.json().get("summary")).getFirst();
        assertThat(amount(summary, "total_earned")).isEqualTo("1425.00");
        assertThat(amount(summary, "pending_payout")).isEqualTo("1425.00");
        assertThat(earnings.data()).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("job_id", gig).containsEntry("type", "earning").containsEntry("method", "card");
            assertThat(amount(entry, "amount")).isEqualTo("1425.00");
        });
    }

    @Test
    void blueworkCardPaysACompletedJobOnceAndAnAdminRefundsPartNeverMoreThanCapturedLessRefunded() {
        Account customer = callout.customer();
        Account worker = provider("plumber");
        String jobId = job(customer, worker, PLUMBING, "completed");

        Reply paid = pay(customer, jobId, "card");
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        assertThat(paid.get("status")).isEqualTo("completed");
        assertThat(amount(paid, "amount")).isEqualTo("850.00");
        assertThat(amount(paid, "platform_fee")).isEqualTo("42.50");
        Reply again = pay(customer, jobId, "card");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ALREADY_PAID");

        String refunds = "/api/v1/payments/" + paid.get("id") + "/refunds";
        Account admin = callout.admin();
        assertThat(callout.post(refunds, customer.token(), "{\"amount\": \"100.00\", \"reason\": \"mine\"}").status()).isEqualTo(403);
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": \"300.00\", \"reason\": \"The tap still drips.\"}";
        Reply refund = send("POST", refunds, admin.token(), body, Map.of("Idempotency-Key", key));
        assertThat(refund.status()).as(refund.text()).isEqualTo(201);
        assertThat(refund.get("status")).isEqualTo("succeeded");
        assertThat(amount(refund, "amount")).isEqualTo("300.00");

        Reply repeated = send("POST", refunds, admin.token(), body, Map.of("Idempotency-Key", key));
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.get("id")).isEqualTo(refund.get("id"));
        assertThat(repeated.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        Reply reused = send("POST", refunds, admin.token(), "{\"amount\": \"1.00\", \"reason\": \"x\"}", Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        Reply tooMuch = callout.post(refunds, admin.token(), "{\"amount\": \"550.01\", \"reason\": \"too much\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorCode()).isEqualTo("REFUND_EXCEEDS_CAPTURED");
        assertThat(callout.post(refunds, admin.token(), "{\"amount\": \"550.00\", \"reason\": \"\"}").status()).isEqualTo(400);

        Reply after = callout.get("/api/v1/payments/" + paid.get("id"), customer.token());
        assertThat(after.get("status")).isEqualTo("partially_refunded");
        assertThat(amount(after, "refunded")).isEqualTo("300.00");
        assertThat(amount(after, "refundable")).isEqualTo("550.00");
    }

    @Test
    void blueworkCashIsConfirmedByTheAssignedProviderOnly() {
        Account customer = callout.customer();
        Account worker = provider("plumber");
        String working = job(customer, worker, PLUMBING, "in_progress");
        Reply early = pay(customer, working, "cash");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorCode()).isEqualTo("JOB_NOT_COMPLETED");

        callout.patch("/api/v1/jobs/" + working + "/status", worker.token(), "{\"status\": \"completed\"}");
        Reply cash = pay(customer, working, "cash");
        assertThat(cash.status()).as(cash.text()).isEqualTo(201);
        assertThat(cash.get("status")).isEqualTo("pending");
        String confirm = "/api/v1/payments/" + cash.get("id") + "/cash-confirm";

        assertThat(callout.post(confirm, customer.token(), null).status()).isEqualTo(403);
        Reply stranger = callout.post(confirm, provider("plumber").token(), null);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.errorCode()).isEqualTo("PAYMENT_NOT_FOUND");

        Reply confirmed = callout.post(confirm, worker.token(), null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.get("status")).isEqualTo("completed");

        Reply earnings = callout.get("/api/v1/providers/me/earnings?from=2020-01-01&to=2999-12-31", worker.token());
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = ((List<Map<String, Object>>) earnings.json().get("summary")).getFirst();
        assertThat(amount(summary, "total_earned")).isEqualTo("807.50");
        assertThat(amount(summary, "pending_payout")).as("the worker kept the cash and owes the fee").isEqualTo("-42.50");

        String card = job(customer, worker, PLUMBING, "completed");
        String cardPayment = pay(customer, card, "card").get("id");
        Reply notCash = callout.post("/api/v1/payments/" + cardPayment + "/cash-confirm", worker.token(), null);
        assertThat(notCash.status()).isEqualTo(400);
        assertThat(notCash.errorCode()).isEqualTo("NOT_CASH_PAYMENT");
    }

    @Test
    void walletsTheGatewayDoesNotSupportAndUnknownMethodsAreRefusedClearly() {
        Account customer = callout.customer();
        String jobId = job(customer, provider("plumber"), PLUMBING, "completed");

        Reply gcash = pay(customer, jobId, "gcash");
        assertThat(gcash.status()).isEqualTo(422);
        assertThat(gcash.errorCode()).isEqualTo("PAYMENT_METHOD_UNSUPPORTED");
        Reply bitcoin = pay(customer, jobId, "bitcoin");
        assertThat(bitcoin.status()).isEqualTo(400);
        assertThat(bitcoin.errorFields()).containsKey("method");
        Reply other = pay(callout.customer(), jobId, "card");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.errorCode()).isEqualTo("JOB_NOT_FOUND");
        assertThat(callout.get("/api/v1/payments", null).status()).isEqualTo(401);
    }

    @Test
    void historyIsScopedWithTotalsAndAPaymentIsVisibleToItsPartiesAndAdminsOnly() {
        Account customer = callout.customer();
        Account worker = provider("plumber");
        String paymentId = pay(customer, job(customer, worker, PLUMBING, "completed"), "card").get("id");

        Reply mine = callout.get("/api/v1/payments", customer.token());
        assertThat(mine.data()).extracting(p -> p.get("id")).containsExactly(paymentId);
        assertThat(mine.json()).containsKey("meta");
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = ((List<Map<String, Object>>) mine.json().get("totals")).getFirst();
        assertThat(amount(totals, "paid")).isEqualTo("850.00");
        @SuppressWarnings("unchecked")
        Map<String, Object> workerTotals = ((List<Map<String, Object>>) callout.get("/api/v1/payments", worker.token())
                .json().get("totals")).getFirst();
        assertThat(amount(workerTotals, "received")).isEqualTo("807.50");

        assertThat(callout.get("/api/v1/payments/" + paymentId, callout.admin().token()).status()).isEqualTo(200);
        Reply stranger = callout.get("/api/v1/payments/" + paymentId, callout.customer().token());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.errorCode()).isEqualTo("PAYMENT_NOT_FOUND");
        assertThat(callout.get("/api/v1/payments/" + paymentId, provider("plumber").token()).status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/payments/not-an-id", customer.token()).status()).isEqualTo(404);
    }

    @Test
    void aRepeatedPaymentRequestWithTheSameKeyGetsTheFirstAnswer() {
        Account customer = callout.customer();
        String jobId = job(customer, provider("plumber"), PLUMBING, "accepted");
        String body = "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId);
        String key = "pay-" + UUID.randomUUID();

        Reply first = send("POST", "/api/v1/payments", customer.token(), body, Map.of("Idempotency-Key", key));
        Reply second = send("POST", "/api/v1/payments", customer.token(), body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.get("id")).isEqualTo(first.get("id"));
        assertThat(second.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(callout.get("/api/v1/payments", customer.token()).data()).hasSize(1);
    }

    @Test
    void theFeeQuoteRoundsInTheCurrencysMinorUnit() {
        String token = callout.customer().token();
        Reply thb = callout.post("/api/v1/payments/fee-quote", token, "{\"amount\": \"1500.00\", \"currency\": \"THB\"}");
        assertThat(thb.status()).as(thb.text()).isEqualTo(200);
        assertThat(thb.get("fee_rate")).isEqualTo("0.05");
        assertThat(amount(thb, "fee")).isEqualTo("75.00");
        assertThat(amount(thb, "net")).isEqualTo("1425.00");
        Reply yen = callout.post("/api/v1/payments/fee-quote", token, "{\"amount\": 1999, \"currency\": \"JPY\"}");
        assertThat(amount(yen, "fee")).isEqualTo("100");
        Reply category = callout.post("/api/v1/payments/fee-quote", token, "{\"amount\": \"850\", \"category\": \"plumber\"}");
        assertThat(amount(category, "fee")).isEqualTo("42.50");
        assertThat(callout.post("/api/v1/payments/fee-quote", token, "{\"amount\": \"1.001\", \"currency\": \"PHP\"}").status())
                .isEqualTo(400);
    }

    // ---- webhooks

    private static String signature(String payload, long timestamp) throws Exception {
        return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(StripeSettings.OFFLINE_WEBHOOK_SECRET,
                timestamp + "." + payload);
    }

    private Reply webhook(String payload, String signature) {
        return send("POST", "/api/v1/payments/webhook", null, payload, Map.of("Stripe-Signature", signature));
    }

    private static String event(String id, String type, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": 1772442000, "livemode": false,
                  "type": "%s", "data": {"object": %s}}""".formatted(id, com.stripe.Stripe.API_VERSION, type, object);
    }

    @Test
    void webhooksWithBadStaleOrFutureSignaturesAreRefusedAndAValidOneReplayedTenTimesCountsOnce() throws Exception {
        Account customer = callout.customer();
        String jobId = job(customer, provider("plumber"), PLUMBING, "completed");
        Reply paid = pay(customer, jobId, "card");
        String intent = paid.get("gateway_payment_id");
        String paymentId = paid.get("id");
        long now = Instant.now().getEpochSecond();

        String refunded = event("evt_" + UUID.randomUUID(), "charge.refunded", """
                {"id": "ch_1", "object": "charge", "amount": 85000, "amount_captured": 85000, "amount_refunded": 20000,
                  "currency": "php", "payment_intent": "%s", "captured": true}""".formatted(intent));
        String succeeded = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", """
                {"id": "%s", "object": "payment_intent", "amount": 85000, "currency": "php", "status": "succeeded",
                  "amount_received": 85000, "metadata": {"payment_id": "%s"}}""".formatted(intent, paymentId));
        String authorised = event("evt_" + UUID.randomUUID(), "payment_intent.amount_capturable_updated", """
                {"id": "%s", "object": "payment_intent", "amount": 85000, "currency": "php", "status": "requires_capture",
                  "amount_received": 0, "metadata": {"payment_id": "%s"}}""".formatted(intent, paymentId));

        Reply forged = webhook(refunded, signature(refunded.replace("20000", "85000"), now));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errorCode()).isEqualTo("WEBHOOK_REJECTED");
        assertThat(webhook(refunded, signature(refunded, now - 360)).status()).as("stale").isEqualTo(400);
        assertThat(webhook(refunded, signature(refunded, now + 600)).status()).as("from the future").isEqualTo(400);
        assertThat(webhook(refunded, "").status()).isEqualTo(400);

        List<String[]> deliveries = new ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            deliveries.add(new String[]{refunded, signature(refunded, now)});
            deliveries.add(new String[]{succeeded, signature(succeeded, now)});
            deliveries.add(new String[]{authorised, signature(authorised, now)});
        }
        Collections.shuffle(deliveries, new Random(3));
        List<Reply> replies = deliverConcurrently(deliveries);

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.text()).isEqualTo(200));
        assertThat(replies).filteredOn(reply -> "duplicate".equals(reply.get("outcome"))).hasSize(27);
        Reply after = callout.get("/api/v1/payments/" + paymentId, customer.token());
        assertThat(after.get("status")).isEqualTo("partially_refunded");
        assertThat(amount(after, "captured")).isEqualTo("850.00");
        assertThat(amount(after, "refunded")).isEqualTo("200.00");
        @SuppressWarnings("unchecked")
        List<Object> refunds = (List<Object>) after.json().get("refunds");
        assertThat(refunds).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = ((List<Map<String, Object>>) callout.get("/api/v1/payments", customer.token())
                .json().get("totals")).getFirst();
        assertThat(amount(totals, "paid")).isEqualTo("650.00");
    }

    private List<Reply> deliverConcurrently(List<String[]> deliveries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (String[] delivery : deliveries) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return webhook(delivery[0], delivery[1]);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOpenApiDocumentDescribesThePaymentRoutes() {
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) callout.get("/api/v1/openapi", null).json().get("paths");
        assertThat(paths).containsKeys("/api/v1/payments", "/api/v1/payments/{id}", "/api/v1/payments/{id}/release",
                "/api/v1/payments/{id}/cash-confirm", "/api/v1/payments/{id}/refunds", "/api/v1/payments/fee-quote",
                "/api/v1/payments/webhook", "/api/v1/providers/me/earnings");
    }
}
