package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Payments;
import dev.callout.application.webhook.WebhookSignature;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.TrustWorld.Part;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.UserId;
import dev.callout.payment.FakeStripe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --profile orders}: seed 004's own workflow with its own requests at /api, on PostgreSQL, with
 * the document's rate limits (5 sign-ins, 100 API calls and 10 uploads a minute). Each test's sign-ins
 * come from an address of their own (the test server trusts the loopback proxy's X-Forwarded-For).
 */
@SuppressWarnings("unchecked")
class OrdersProfileEndToEndTest {

    private static final String SECRET = "whsec_orders_fulfilment_test";
    private static final String STRIPE_SECRET = "whsec_orders_stripe_test";
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static FakeStripe stripe;
    private static RunningCallout callout;
    private static TrustWorld world;
    private static String serviceId;
    private static String packageId;
    private static String otherPackageId;
    private static Account provider;

    @BeforeAll
    static void start() {
        stripe = new FakeStripe();
        callout = RunningCallout.start(Map.of("callout.profile", "orders", "callout.orders.webhook-secret", SECRET,
                "callout.stripe.secret-key", "sk_test_orders", "callout.stripe.api-base", stripe.url(),
                "callout.stripe.webhook-secret", STRIPE_SECRET,
                "callout.rate-limits.auth.limit", 5, "callout.rate-limits.general.limit", 100,
                "callout.rate-limits.uploads.limit", 10, "callout.rate-limits.trusted-proxies", "127.0.0.1,::1"));
        world = new TrustWorld(callout);
        Account admin = callout.admin();
        Reply service = callout.post("/api/v1/services", admin.token(), OrdersEndToEndTest.CLEANING_SERVICE);
        assertThat(service.status()).as(service.text()).isEqualTo(201);
        serviceId = service.get("id");
        Reply added = callout.post("/api/v1/services/" + serviceId + "/packages", admin.token(), OrdersEndToEndTest.STUDIO_PACKAGE);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        packageId = added.get("id");
        Reply other = callout.post("/api/v1/services", admin.token(), """
                {"name": "Wiring check", "category": "electrician"}""");
        otherPackageId = callout.post("/api/v1/services/" + other.get("id") + "/packages", admin.token(), """
                {"name": "Standard", "price": {"amount": "950.00"}, "duration_minutes": 90}""").get("id");
        provider = provider();
    }

    /** A provider signs up through the canonical API: no code to wait for under this profile, but an admin's approval. */
    private static Account provider() {
        String email = "fulfiller-" + UUID.randomUUID() + "@test.callout.dev";
        Reply registered = callout.post("/api/v1/auth/register", null, """
                {"role": "provider", "name": "Pia Fulfils", "email": "%s", "password": "%s", "categories": ["cleaning"]}"""
                .formatted(email, PASSWORD));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.get("status")).isEqualTo("pending_approval");
        assertThat(callout.approve(registered.get("id")).status()).isEqualTo(200);
        Reply login = callout.post("/api/v1/auth/login", null, """
                {"identifier": "%s", "password": "%s"}""".formatted(email, PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return new Account(registered.get("id"), email, login.get("access_token"));
    }

    @AfterAll
    static void stop() {
        callout.close();
        stripe.close();
    }

    /** A client of its own address, as a browser elsewhere would be. */
    private record Client(String address) {
        Client() {
            this("198.51.100." + ADDRESSES.incrementAndGet());
        }

        Reply send(String method, String path, String token, String body) {
            return callout.send(method, path, token, body, Map.of("X-Forwarded-For", address));
        }
    }

    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String header(Reply reply, String name) {
        return reply.raw().headers().firstValue(name).orElse(null);
    }

    /** Registers through the document's route: [user id, access token, refresh token]. */
    private static String[] register(Client client, String name) {
        String email = "orders-" + UUID.randomUUID() + "@test.callout.dev";
        Reply registered = client.send("POST", "/api/auth/register", null, """
                {"email": "%s", "password": "%s", "name": "%s"}""".formatted(email, PASSWORD, name));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Map<String, Object> session = map(registered.json().get("session"));
        return new String[] {(String) map(registered.json().get("user")).get("id"), (String) session.get("accessToken"),
                (String) session.get("refreshToken"), email};
    }

    private static Reply order(String token, String details) {
        return callout.post("/api/orders", token, """
                {"serviceId": "%s", "packageId": "%s", "details": %s}""".formatted(serviceId, packageId, details));
    }

    private static Reply fulfilment(String body, String signature) {
        Map<String, String> headers = signature == null ? Map.of() : Map.of(WebhookSignature.HEADER, signature);
        return callout.send("POST", "/api/webhooks/order", null, "application/json", body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private static Reply signedFulfilment(String body) {
        return fulfilment(body, WebhookSignature.header(SECRET, Instant.now(), body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String orderEvent(String eventId, String orderId, String status, String providerId) {
        return """
                {"id": "%s", "type": "order.updated", "data": {"order": {"id": "%s"%s}, "status": "%s"}}"""
                .formatted(eventId, orderId, providerId == null ? "" : ", \"providerId\": \"" + providerId + "\"", status);
    }

    /** The order's live payment as stored (read without a request, which the rate limits would count). */
    private static Payment payment(String orderId) {
        return callout.context.getBean(Payments.class).liveForJob(new JobId(orderId)).orElseThrow();
    }

    private static String orderStatus(String token, String orderId) {
        return (String) callout.get("/api/orders/" + orderId, token).json().get("status");
    }

    @Test
    void theDocumentsWorkflowRunsFromSignUpThroughAnOrderItsIntentAnUploadAndItsProgress() {
        Client browser = new Client();
        String[] ann = register(browser, "Ann Buyer");
        String token = ann[1];

        Reply profile = callout.get("/api/users/profile", token);
        assertThat(profile.status()).as(profile.text()).isEqualTo(200);
        assertThat(profile.json()).containsEntry("id", ann[0]).containsEntry("name", "Ann Buyer")
                .containsEntry("email", ann[3]).containsEntry("avatar", null).containsEntry("bio", null)
                .containsKey("joinDate");
        String picture = world.uploadImage(token, "profile", null, TrustWorld.png()).get("id");
        Reply updated = callout.send("PUT", "/api/users/profile", token, """
                {"bio": "Busy parent of two.", "avatar": "%s"}""".formatted(picture));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(map(updated.json().get("user"))).containsEntry("bio", "Busy parent of two.")
                .containsEntry("avatar", "/api/v1/files/" + picture).containsEntry("name", "Ann Buyer");

        Reply services = callout.get("/api/services", token);
        assertThat(services.status()).as(services.text()).isEqualTo(200);
        assertThat(header(services, "X-RateLimit-Limit")).isEqualTo("100");
        assertThat((List<Map<String, Object>>) services.json().get("services")).extracting(s -> s.get("id")).contains(serviceId);
        Reply service = callout.get("/api/services/" + serviceId, token);
        assertThat(map(service.json().get("service"))).containsEntry("name", "Home deep clean").containsKey("detailsSchema");
        assertThat((List<Map<String, Object>>) service.json().get("packages")).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("id", packageId).containsEntry("price", Map.of("amount", "1200.00", "currency", "PHP"))
                .containsEntry("durationMinutes", 180));

        Reply placed = order(token, "{\"rooms\": 2, \"size\": \"studio\"}");
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        Map<String, Object> order = map(placed.json().get("order"));
        String orderId = (String) order.get("id");
        assertThat(order).containsEntry("status", "requested").containsEntry("serviceId", serviceId)
                .containsEntry("packageId", packageId).containsEntry("details", Map.of("rooms", 2, "size", "studio"))
                .containsEntry("price", Map.of("amount", "1200.00", "currency", "PHP"));
        Map<String, Object> paymentIntent = map(placed.json().get("paymentIntent"));
        String intentId = (String) paymentIntent.get("id");
        String clientSecret = (String) paymentIntent.get("clientSecret");
        assertThat(paymentIntent).as("the card is held as the order is placed").containsEntry("status", "pending")
                .containsEntry("amount", Map.of("amount", "1200.00", "currency", "PHP"));
        assertThat(clientSecret).startsWith(intentId + "_secret_");
        assertThat(stripe.requests()).filteredOn(request -> request.path().equals("/v1/payment_intents")
                        && orderId.equals(request.params().get("metadata[job_id]")))
                .singleElement().satisfies(request -> assertThat(request.params()).containsEntry("amount", "120000")
                        .containsEntry("currency", "php").containsEntry("capture_method", "manual")
                        .doesNotContainKey("transfer_data[destination]"));
        Reply mismatch = callout.post("/api/payments/create-intent", token,
                "{\"orderId\": \"%s\", \"amount\": 1200.5}".formatted(orderId));
        assertThat(mismatch.status()).as(mismatch.text()).isEqualTo(422);
        assertThat(mismatch.errorCode()).isEqualTo("AMOUNT_MISMATCH");
        Reply intent = callout.post("/api/payments/create-intent", token,
                "{\"orderId\": \"%s\", \"amount\": 1200.00}".formatted(orderId));
        assertThat(intent.status()).as(intent.text()).isEqualTo(200);
        assertThat(intent.get("clientSecret")).as("the order's own intent, not a second one").isEqualTo(clientSecret);
        stripe.confirm(intentId);
        Reply confirmed = callout.post("/api/payments/confirm", token, "{\"paymentIntentId\": \"%s\"}".formatted(intentId));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.get("status")).as("held on the card").isEqualTo("authorized");
        assertThat(map(confirmed.json().get("order"))).containsEntry("id", orderId).containsEntry("status", "requested");

        String accepted = orderEvent("evt_" + UUID.randomUUID(), orderId, "accepted", provider.id());
        Reply unsigned = fulfilment(accepted, null);
        Reply forged = fulfilment(accepted, WebhookSignature.header("whsec_not_ours", Instant.now(),
                accepted.getBytes(StandardCharsets.UTF_8)));
        Reply stale = fulfilment(accepted, WebhookSignature.header(SECRET, Instant.now().minus(Duration.ofMinutes(10)),
                accepted.getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(unsigned, forged, stale)).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.text()).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("WEBHOOK_REJECTED");
        });
        assertThat(orderStatus(token, orderId)).isEqualTo("requested");
        Reply taken = signedFulfilment(accepted);
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.json()).containsEntry("outcome", "applied").containsEntry("orderStatus", "accepted");

        assertThat(TrustWorld.eventually(() -> payment(orderId), held -> held.providerId() != null).providerId().value())
                .as("the hold is the provider's who took the order").isEqualTo(provider.id());
        assertThat(callout.post("/api/payments/create-intent", token, "{\"orderId\": \"%s\", \"amount\": 1200}"
                .formatted(orderId)).get("clientSecret")).as("the same intent once taken").isEqualTo(clientSecret);

        Reply uploaded = world.upload("/api/content/upload", token, Part.field("type", "image"),
                Part.field("orderId", orderId), Part.file("file", "brief.png", "image/png", TrustWorld.png()));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(header(uploaded, "X-RateLimit-Limit")).isEqualTo("10");
        String contentId = uploaded.get("id");
        assertThat(uploaded.get("url")).isEqualTo("/api/v1/files/" + contentId);
        for (String party : List.of(token, provider.token())) {
            Reply content = callout.get("/api/content/" + contentId, party);
            assertThat(content.status()).as(content.text()).isEqualTo(200);
            assertThat(map(content.json().get("content"))).containsEntry("orderId", orderId).containsEntry("type", "image");
            assertThat(content.get("url")).isEqualTo("/api/v1/files/" + contentId);
            assertThat(world.bytes(content.get("url"), party).statusCode()).isEqualTo(200);
        }
        String stranger = register(new Client(), "Someone Else")[1];
        assertThat(callout.get("/api/content/" + contentId, stranger).errorCode()).isEqualTo("CONTENT_NOT_FOUND");
        assertThat(callout.get("/api/orders/" + orderId, stranger).errorCode()).isEqualTo("ORDER_NOT_FOUND");

        String started = orderEvent("evt_" + UUID.randomUUID(), orderId, "in_progress", null);
        assertThat(signedFulfilment(started).json()).containsEntry("outcome", "applied");
        assertThat(signedFulfilment(started).json()).as("the same event again").containsEntry("outcome", "duplicate");
        Reply details = callout.get("/api/orders/" + orderId, token);
        assertThat(details.status()).as(details.text()).isEqualTo(200);
        assertThat(details.json()).containsEntry("status", "in_progress");
        Map<String, Object> progress = map(details.json().get("progress"));
        assertThat(progress).containsEntry("percent", 75);
        assertThat((List<Map<String, Object>>) progress.get("steps")).extracting(step -> step.get("status"), step -> step.get("by"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("requested", "customer"),
                        org.assertj.core.groups.Tuple.tuple("accepted", "provider"),
                        org.assertj.core.groups.Tuple.tuple("in_progress", "provider"));
        assertThat((List<Map<String, Object>>) callout.get("/api/orders", token).json().get("orders"))
                .extracting(o -> o.get("id"), o -> o.get("status")).containsExactly(org.assertj.core.groups.Tuple.tuple(orderId, "in_progress"));

        String completed = orderEvent("evt_" + UUID.randomUUID(), orderId, "completed", null);
        assertThat(signedFulfilment(completed).json()).containsEntry("outcome", "applied");
        TrustWorld.eventually(stripe::requests, requests -> requests.stream().anyMatch(request ->
                request.path().equals("/v1/payment_intents/" + intentId + "/capture")));
        TrustWorld.eventually(() -> payment(orderId).status(), PaymentStatus.COMPLETED::equals);
        assertThat(callout.post("/api/payments/confirm", token, "{\"paymentIntentId\": \"%s\"}".formatted(intentId))
                .get("status")).isEqualTo("completed");

        String stripeEvent = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"customer.created\","
                + "\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";
        Reply unsignedPayment = callout.post("/api/webhooks/payment", null, stripeEvent);
        assertThat(unsignedPayment.status()).as(unsignedPayment.text()).isEqualTo(400);
        assertThat(unsignedPayment.errorCode()).isEqualTo("WEBHOOK_REJECTED");
        Reply payment = callout.send("POST", "/api/webhooks/payment", null, stripeEvent, Map.of("Stripe-Signature",
                WebhookSignature.header(STRIPE_SECRET, Instant.now(), stripeEvent.getBytes(StandardCharsets.UTF_8))));
        assertThat(payment.status()).as(payment.text()).isEqualTo(200);
        assertThat(payment.json()).containsEntry("received", true).containsEntry("outcome", "ignored");
    }

    /** An order whose card the customer confirmed: [order id, intent id]. */
    private static String[] heldOrder(String token) {
        Reply placed = order(token, "{\"rooms\": 1, \"size\": \"studio\"}");
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = (String) map(placed.json().get("order")).get("id");
        String intentId = (String) map(placed.json().get("paymentIntent")).get("id");
        stripe.confirm(intentId);
        assertThat(callout.post("/api/payments/confirm", token, "{\"paymentIntentId\": \"%s\"}".formatted(intentId))
                .get("status")).isEqualTo("authorized");
        return new String[] {orderId, intentId};
    }

    @Test
    void anOrderCancelledBeforeAnyoneTookItReleasesTheCardHeldForIt() {
        String token = register(new Client(), "Cal Cancels")[1];
        String[] held = heldOrder(token);
        String orderId = held[0];
        String intentId = held[1];

        Reply cancelled = callout.patch("/api/v1/jobs/" + orderId + "/status", token, "{\"status\": \"cancelled\"}");
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);

        TrustWorld.eventually(stripe::requests, requests -> requests.stream().anyMatch(request ->
                request.path().equals("/v1/payment_intents/" + intentId + "/cancel")));
        TrustWorld.eventually(() -> callout.context.getBean(Payments.class).byIntentId(intentId).orElseThrow().status(),
                PaymentStatus.CANCELLED::equals);
        assertThat(stripe.requests()).noneMatch(request -> request.path().equals("/v1/payment_intents/" + intentId + "/capture"));
    }

    @Test
    void anAdminDeletingAnOrderReleasesItsHeldCardFirstButKeepsAnOrderWhoseMoneyWasCaptured() {
        String token = register(new Client(), "Del Deleted")[1];
        Account admin = callout.admin();
        String[] held = heldOrder(token);

        Reply deleted = callout.send("DELETE", "/api/v1/jobs/" + held[0] + "?reason=duplicate", admin.token(), null);

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
        assertThat(stripe.requests()).anyMatch(request -> request.path().equals("/v1/payment_intents/" + held[1] + "/cancel"))
                .noneMatch(request -> request.path().equals("/v1/payment_intents/" + held[1] + "/capture"));
        assertThat(callout.context.getBean(Payments.class).byIntentId(held[1])).as("cancelled, then gone with its order").isEmpty();
        assertThat(callout.get("/api/orders/" + held[0], token).errorCode()).isEqualTo("ORDER_NOT_FOUND");

        String[] done = heldOrder(token);
        for (String[] step : List.of(new String[] {"accepted", provider.id()}, new String[] {"in_progress", null},
                new String[] {"completed", null})) {
            Reply moved = signedFulfilment(orderEvent("evt_" + UUID.randomUUID(), done[0], step[0], step[1]));
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        Payment captured = TrustWorld.eventually(() -> payment(done[0]), paid -> paid.status() == PaymentStatus.COMPLETED);

        Reply kept = callout.send("DELETE", "/api/v1/jobs/" + done[0], admin.token(), null);

        assertThat(kept.status()).as(kept.text()).isEqualTo(409);
        assertThat(kept.errorCode()).isEqualTo("JOB_HAS_PAYMENTS");
        assertThat(payment(done[0])).as("neither refunded nor changed").isEqualTo(captured);
        assertThat(stripe.requests()).noneMatch(request -> request.path().startsWith("/v1/refunds"));
        assertThat(callout.get("/api/orders/" + done[0], token).status()).isEqualTo(200);
    }

    /** A Stripe event about the payment's intent, signed as Stripe signs them, delivered to the document's route. */
    private static Reply intentEvent(String type, String intentId, String status, String more) {
        Payment payment = callout.context.getBean(Payments.class).byIntentId(intentId).orElseThrow();
        String body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"" + type + "\","
                + "\"data\":{\"object\":{\"id\":\"" + intentId + "\",\"object\":\"payment_intent\",\"status\":\"" + status
                + "\",\"amount_received\":0,\"currency\":\"" + payment.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT)
                + "\",\"metadata\":{\"payment_id\":\"" + payment.id().value() + "\"}" + more + "}}}";
        return callout.send("POST", "/api/webhooks/payment", null, body, Map.of("Stripe-Signature",
                WebhookSignature.header(STRIPE_SECRET, Instant.now(), body.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aRefusedCardsIntentIsCancelledAtStripeBeforeItsOrderIsDeleted() {
        String token = register(new Client(), "Rex Refused")[1];
        Reply placed = order(token, "{\"rooms\": 1, \"size\": \"studio\"}");
        String orderId = (String) map(placed.json().get("order")).get("id");
        String intentId = (String) map(placed.json().get("paymentIntent")).get("id");
        Reply refused = intentEvent("payment_intent.payment_failed", intentId, "requires_payment_method",
                ",\"last_payment_error\":{\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\","
                        + "\"message\":\"Your card has insufficient funds.\"}");
        assertThat(refused.json()).as(refused.text()).containsEntry("outcome", "applied");
        assertThat(callout.context.getBean(Payments.class).byIntentId(intentId).orElseThrow().status())
                .isEqualTo(PaymentStatus.FAILED);

        Reply deleted = callout.send("DELETE", "/api/v1/jobs/" + orderId, callout.admin().token(), null);

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
        assertThat(stripe.requests()).as("nothing of the order stays open at Stripe")
                .anyMatch(request -> request.path().equals("/v1/payment_intents/" + intentId + "/cancel"));
        assertThat(callout.context.getBean(Payments.class).byIntentId(intentId)).as("gone with its order").isEmpty();
    }

    @Test
    void aHoldStripeLetLapseAsksTheCustomerToPayAgainAndCreateIntentOpensANewOne() {
        String[] lou = register(new Client(), "Lou Lapsed");
        String token = lou[1];
        String[] held = heldOrder(token);

        Reply lapsed = intentEvent("payment_intent.canceled", held[1], "canceled", ",\"cancellation_reason\":\"automatic\"");

        assertThat(lapsed.json()).as(lapsed.text()).containsEntry("outcome", "applied");
        Payment cancelled = callout.context.getBean(Payments.class).byIntentId(held[1]).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.failureCode()).isEqualTo("hold_lapsed");
        // read without requests, which the rate limits would count
        TrustWorld.eventually(() -> callout.context.getBean(Notifications.class).list(new UserId(lou[0]), null,
                new PageRequest(1, 20)).items(), notes -> notes.stream().anyMatch(note -> note.type().equals("payment_needed")
                && held[0].equals(note.payload().get("job_id"))));
        Reply again = callout.post("/api/payments/create-intent", token, "{\"orderId\": \"%s\", \"amount\": 1200.00}"
                .formatted(held[0]));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(payment(held[0]).intentId()).as("a new hold").isNotEqualTo(held[1]);
        assertThat(again.get("clientSecret")).isEqualTo(payment(held[0]).clientSecret());
    }

    @Test
    void aSessionIsRefreshedWithRotationAndEndsAtLogout() {
        Client browser = new Client();
        String[] bo = register(browser, "Bo");
        Reply login = browser.send("POST", "/api/auth/login", null, """
                {"email": "%s", "password": "%s"}""".formatted(bo[3], PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(map(login.json().get("user"))).containsEntry("id", bo[0]);
        String refreshToken = (String) map(login.json().get("session")).get("refreshToken");

        Reply refreshed = browser.send("POST", "/api/auth/refresh", null, "{\"refreshToken\": \"%s\"}".formatted(refreshToken));
        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
        String fresh = (String) map(refreshed.json().get("session")).get("accessToken");
        Reply reused = browser.send("POST", "/api/auth/refresh", null, "{\"refreshToken\": \"%s\"}".formatted(refreshToken));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");

        Reply out = callout.post("/api/auth/logout", bo[1], null);
        assertThat(out.status()).as(out.text()).isEqualTo(200);
        assertThat(out.json()).containsKey("message");
        Reply after = callout.get("/api/users/profile", bo[1]);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json()).containsKey("error");
        assertThat(callout.get("/api/users/profile", fresh).status()).as("a reused refresh token ends its whole session")
                .isEqualTo(401);
    }

    @Test
    void badInputGetsTheEnvelopeInTheDocumentsNamesAndChangesNothing() {
        String token = register(new Client(), "Careful Carla")[1];
        String other = register(new Client(), "Other Olga")[1];
        String theirs = (String) map(order(other, "{\"rooms\": 1, \"size\": \"studio\"}").json().get("order")).get("id");

        assertThat(callout.post("/api/orders", token, "{\"serviceId\": \"svc_nothing\", \"packageId\": \"%s\", \"details\": {}}"
                .formatted(packageId)).errorFields()).containsOnlyKeys("serviceId");
        assertThat(callout.post("/api/orders", token, "{\"serviceId\": \"%s\", \"packageId\": \"%s\", \"details\": {}}"
                .formatted(serviceId, otherPackageId)).errorFields()).containsOnlyKeys("packageId");
        Reply missingDetail = order(token, "{\"size\": \"mansion\", \"colour\": \"red\"}");
        assertThat(missingDetail.status()).isEqualTo(400);
        assertThat(missingDetail.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(missingDetail.errorFields()).containsOnlyKeys("details.rooms", "details.size", "details.colour");
        assertThat(callout.post("/api/orders", token, "{\"serviceId\": 5}").status()).isEqualTo(400);
        assertThat(callout.post("/api/orders", token, "{\"serviceId\": ").errorCode()).isEqualTo("MALFORMED_REQUEST");
        assertThat(callout.post("/api/orders", token, "{}").errorFields()).containsOnlyKeys("serviceId", "packageId");
        Reply badSignUp = new Client().send("POST", "/api/auth/register", null,
                "{\"email\": \"not-an-email\", \"password\": \"short\"}");
        assertThat(badSignUp.errorFields()).as(badSignUp.text()).containsKeys("email", "password", "name");
        assertThat(callout.post("/api/payments/create-intent", token, "{\"orderId\": \"%s\", \"amount\": 1200}".formatted(theirs))
                .errorCode()).isEqualTo("ORDER_NOT_FOUND");
        Reply huge = callout.post("/api/payments/create-intent", token, "{\"orderId\": \"%s\", \"amount\": 1e400}"
                .formatted(theirs));
        assertThat(huge.status()).as(huge.text()).isEqualTo(400);
        assertThat(huge.json()).containsKey("error");
        assertThat(callout.post("/api/payments/create-intent", token, "{\"orderId\": \"%s\"}".formatted(theirs)).errorFields())
                .containsOnlyKeys("amount");
        assertThat(callout.post("/api/payments/confirm", token, "{\"paymentIntentId\": \"pi_nobody\"}").errorCode())
                .isEqualTo("PAYMENT_NOT_FOUND");
        assertThat(callout.get("/api/orders/" + theirs, token).errorCode()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(callout.get("/api/orders/not-an-id", token).errorCode()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(callout.get("/api/services/svc_missing", token).errorCode()).isEqualTo("SERVICE_NOT_FOUND");
        assertThat(callout.get("/api/services", null).status()).as("every route needs a token").isEqualTo(401);
        Reply wrongMethod = callout.send("DELETE", "/api/orders", token, null);
        Reply noRoute = callout.get("/api/nothing-here", token);
        assertThat(List.of(wrongMethod.status(), noRoute.status())).containsExactly(405, 404);
        assertThat(List.of(wrongMethod, noRoute)).allSatisfy(reply -> assertThat(reply.errorCode()).isNotBlank());
        assertThat(world.upload("/api/content/upload", token, Part.field("type", "image"), Part.field("orderId", theirs),
                Part.file("file", "x.png", "image/png", TrustWorld.png())).errorCode()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(world.upload("/api/content/upload", token, Part.field("type", "video"), Part.field("orderId", theirs),
                Part.file("file", "x.png", "image/png", TrustWorld.png())).errorFields()).containsOnlyKeys("type");
        assertThat(callout.send("PUT", "/api/users/profile", token, "{\"avatar\": \"fil_nobody\"}").errorFields())
                .containsOnlyKeys("avatar");

        Reply malformed = signedFulfilment("{\"id\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("WEBHOOK_MALFORMED");
        Reply cancelled = signedFulfilment(orderEvent("evt_" + UUID.randomUUID(), theirs, "cancelled", null));
        assertThat(cancelled.errorFields()).containsOnlyKeys("data.status");
        Reply nobody = signedFulfilment(orderEvent("evt_" + UUID.randomUUID(), theirs, "accepted", "usr_nobody"));
        assertThat(nobody.errorCode()).isEqualTo("PROVIDER_NOT_FOUND");
        Reply early = signedFulfilment(orderEvent("evt_" + UUID.randomUUID(), theirs, "completed", null));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorCode()).isEqualTo("INVALID_TRANSITION");

        assertThat((List<?>) callout.get("/api/orders", token).json().get("orders")).as("nothing was ordered").isEmpty();
        assertThat(orderStatus(other, theirs)).isEqualTo("requested");
        assertThat(List.of(malformed, cancelled, nobody, early, missingDetail))
                .allSatisfy(reply -> assertThat(reply.text()).doesNotContain("Exception", "java.", "SQL"));
    }

    @Test
    void anAddressSignsInFiveTimesAMinuteAndEveryAnswerSaysWhereItsLimitsStand() {
        Client browser = new Client();
        String[] dee = register(browser, "Dee");
        for (int i = 0; i < 4; i++) {
            Reply login = browser.send("POST", "/api/auth/login", null, """
                    {"email": "dee-%d-%s@test.callout.dev", "password": "%s"}""".formatted(i, UUID.randomUUID(), PASSWORD));
            assertThat(login.status()).as(login.text()).isEqualTo(401);
            assertThat(header(login, "X-RateLimit-Limit")).isEqualTo("5");
            assertThat(header(login, "X-RateLimit-Remaining")).isEqualTo(String.valueOf(3 - i));
        }
        long before = Instant.now().getEpochSecond();
        Reply limited = browser.send("POST", "/api/auth/login", null, """
                {"email": "%s", "password": "%s"}""".formatted(dee[3], PASSWORD));
        long after = Instant.now().getEpochSecond();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(header(limited, "X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(header(limited, "X-RateLimit-Reset"))).as("the unix second of the reset, within the minute")
                .isBetween(before, after + 61);
        assertThat(new Client().send("POST", "/api/auth/login", null, """
                {"email": "%s", "password": "%s"}""".formatted(dee[3], PASSWORD)).status()).as("another address").isEqualTo(200);
        Reply api = callout.get("/api/orders", dee[1]);
        assertThat(header(api, "X-RateLimit-Limit")).isEqualTo("100");
        assertThat(header(api, "X-RateLimit-Remaining")).isNotNull();
        assertThat(Long.parseLong(header(api, "X-RateLimit-Reset"))).isBetween(before, Instant.now().getEpochSecond() + 61);
        Reply refusedUpload = world.upload("/api/content/upload", dee[1], Part.field("type", "image"),
                Part.field("orderId", "job_01JNOSUCHJOB0000000000000000"), Part.file("file", "x.png", "image/png", TrustWorld.png()));
        assertThat(refusedUpload.errorCode()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(header(refusedUpload, "X-RateLimit-Limit")).as("a refused upload counted against the upload limit").isEqualTo("10");
        assertThat(header(refusedUpload, "X-RateLimit-Remaining")).isEqualTo("9");
        Reply noType = world.upload("/api/content/upload", dee[1], Part.file("file", "x.png", "image/png", TrustWorld.png()));
        assertThat(noType.errorFields()).containsOnlyKeys("type");
        assertThat(header(noType, "X-RateLimit-Remaining")).isEqualTo("8");
    }
}
