package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.payment.FakeStripe;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ART Services (seed 000) with {@code --profile art}: its REST routes under /v1 and its Socket.IO
 * events, driven by the official socket.io-client (default transports) on the embedded PostgreSQL,
 * paying through the Stripe gateway against a local Stripe-shaped server.
 */
class ArtEndToEndTest {

    /** A breakdown on the A40 in west London, the operator in Shepherd's Bush, another in Manchester. */
    private static final Map<String, Object> PLACES = Map.of(
            "breakdown", Map.of("lat", 51.5154, "lng", -0.2533, "address", "A40 Western Avenue, Acton, London W3"),
            "operator", Map.of("lat", 51.5045, "lng", -0.2250),
            "farOperator", Map.of("lat", 53.4808, "lng", -2.2426),
            "enRoute", Map.of("lat", 51.5090, "lng", -0.2380),
            "nearer", Map.of("lat", 51.5130, "lng", -0.2490));

    private static final int AUTH_LIMIT = 200;

    private static FakeStripe stripe;
    private static RunningCallout callout;
    private static ArtAccounts accounts;

    @BeforeAll
    static void start() {
        stripe = new FakeStripe();
        // the other tests sign in from 127.0.0.1; the auth limit test comes from an address of its own
        callout = RunningCallout.start(Map.of("callout.profile", "art", "callout.stripe.secret-key", "sk_test_art",
                "callout.stripe.api-base", stripe.url(), "callout.rate-limits.auth.limit", AUTH_LIMIT,
                "callout.rate-limits.trusted-proxies", "127.0.0.1"));
        accounts = new ArtAccounts(callout);
    }

    @AfterAll
    static void stop() {
        callout.close();
        stripe.close();
    }

    private static Map<String, String> client(Account account) {
        return Map.of("id", account.id(), "token", account.token());
    }

    private static Map<String, Object> read(String line) {
        try {
            return callout.context.getBean(JsonMapper.class).readValue(line, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBreakdownReachesTheNearbyOperatorWhoTakesItAndTheCustomerWatchesAndPays() {
        Account customer = accounts.customer();
        Account otherCustomer = accounts.customer();
        Account operator = accounts.operator();
        Account farOperator = accounts.operator();
        Map<String, Object> accounts = Map.of("customer", client(customer), "otherCustomer", client(otherCustomer),
                "operator", client(operator), "farOperator", client(farOperator));

        NodeProgram.Outcome outcome = NodeProgram.named("art").run("workflow.js", List.of(), Map.of(
                "ART_URL", callout.server.getURL().toString(), "ART_ACCOUNTS", callout.json(accounts),
                "ART_PLACE", callout.json(PLACES)), Duration.ofMinutes(3));

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        Map<String, Object> run = read(outcome.output().strip().lines().reduce((first, last) -> last).orElseThrow());
        assertThat((Map<String, Object>) run.get("transports")).as("long-polling first, then the upgrade")
                .allSatisfy((who, transports) -> assertThat((List<String>) transports).containsExactly("polling", "websocket"));
        assertThat((Map<String, Object>) run.get("refusals")).containsEntry("badToken", "a valid access token is required in auth.token")
                .containsEntry("noToken", "a valid access token is required in auth.token")
                .containsEntry("wrongUserType", "userType must be customer for this account");
        assertThat((Map<String, Object>) ((Map<String, Object>) run.get("badPosition")).get("error"))
                .containsEntry("code", "VALIDATION_ERROR");
        assertThat((Map<String, Object>) run.get("operatorPosition")).containsKey("updated_at");

        String id = (String) run.get("requestId");
        assertThat(run.get("createdStatus")).isEqualTo(201);
        assertThat((Map<String, Object>) run.get("requestCreated")).containsEntry("job_id", id).containsEntry("category", "towing")
                .containsEntry("provider_id", operator.id()).containsKey("eta_seconds");
        assertThat((Map<String, Object>) run.get("taken")).containsEntry("status", 200).containsEntry("request", "accepted");
        Map<String, Object> assigned = (Map<String, Object>) run.get("requestAssigned");
        assertThat(assigned).containsEntry("job_id", id).containsEntry("customer_id", customer.id());
        assertThat((Map<String, Object>) assigned.get("operator")).containsEntry("id", operator.id())
                .containsEntry("name", "Dave Morgan").containsEntry("skills", List.of("towing"));
        assertThat(run.get("locationStatus")).isEqualTo(200);
        assertThat((Map<String, Object>) run.get("locationUpdated")).containsEntry("lat", 51.509).containsEntry("lng", -0.238)
                .containsEntry("provider_id", operator.id());
        assertThat((Map<String, Object>) run.get("etaUpdated")).containsEntry("job_id", id).containsKey("eta_seconds");
        assertThat((Map<String, Object>) run.get("operatorSawLocation")).containsEntry("job_id", id);
        assertThat((Map<String, Object>) run.get("emittedLocation")).as("the operator's own emit reaches the customer")
                .containsEntry("lat", 51.513);

        Map<String, Object> intent = (Map<String, Object>) run.get("intent");
        assertThat(intent.get("status")).as(String.valueOf(intent)).isEqualTo(201);
        Map<String, Object> payment = (Map<String, Object>) intent.get("body");
        String intentId = (String) payment.get("gateway_payment_id");
        assertThat((String) payment.get("client_secret")).startsWith(intentId + "_secret");
        assertThat((Map<String, Object>) payment.get("amount")).containsEntry("currency", "GBP");
        assertThat(stripe.requests()).anySatisfy(request -> assertThat(request.method() + " " + request.path())
                .isEqualTo("POST /v1/payment_intents"));

        Map<String, Object> received = (Map<String, Object>) run.get("received");
        assertThat((List<Map<String, Object>>) received.get("farOperator")).as("the far operator is not offered it")
                .noneSatisfy(event -> assertThat(event.get("event")).isEqualTo("request:created"));
        assertThat((List<Map<String, Object>>) received.get("otherCustomer")).as("no one hears another request's events")
                .isEmpty();

        Reply pending = callout.post("/v1/payments/confirm/" + intentId, customer.token(), null);
        assertThat(pending.status()).as(pending.text()).isEqualTo(200);
        assertThat(pending.get("status")).isEqualTo("pending");
        stripe.confirm(intentId);
        assertThat(callout.post("/v1/payments/confirm/" + intentId, otherCustomer.token(), null).status())
                .as("another customer's intent").isEqualTo(404);
        Reply confirmed = callout.post("/v1/payments/confirm/" + intentId, customer.token(), null);
        assertThat(confirmed.get("status")).as(confirmed.text()).isEqualTo("authorized");

        assertThat(callout.get("/v1/requests/user/current", customer.token()).data()).extracting(job -> job.get("id"))
                .containsExactly(id);
        assertThat(callout.get("/v1/operators/" + operator.id() + "/jobs", operator.token()).data())
                .extracting(job -> job.get("id")).containsExactly(id);
        assertThat(callout.get("/v1/operators/" + operator.id() + "/jobs", callout.admin().token()).data())
                .extracting(job -> job.get("id")).containsExactly(id);
    }

    @Test
    void theNearbyOperatorsAreListedAroundAPoint() {
        Account customer = accounts.customer();
        Account operator = accounts.operator();
        assertThat(callout.patch("/api/v1/providers/me/location", operator.token(), "{\"lat\": 51.5045, \"lng\": -0.2250}")
                .status()).isEqualTo(200);

        Reply nearby = callout.get("/v1/operators/available?lat=51.5154&lng=-0.2533", customer.token());

        assertThat(nearby.status()).as(nearby.text()).isEqualTo(200);
        assertThat(nearby.data()).extracting(found -> found.get("id")).contains(operator.id());
        assertThat(callout.get("/v1/operators/available?lat=51.5154", customer.token()).errorFields()).containsKey("lng");
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() {
        Account customer = accounts.customer();
        Account stranger = accounts.customer();
        Account operator = accounts.operator();

        Reply malformed = callout.post("/v1/requests", customer.token(), "{\"category\": \"towing\",");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isNotBlank();
        Reply noPlace = callout.post("/v1/requests", customer.token(), "{\"category\": \"towing\", \"urgency\": \"immediate\"}");
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(noPlace.text()).contains("location");
        assertThat(callout.post("/v1/requests", operator.token(), "{}").status()).as("operators do not request").isEqualTo(403);
        assertThat(callout.get("/v1/requests/user/current", customer.token()).data()).isEmpty();

        Reply posted = callout.post("/v1/requests", customer.token(), """
                {"category": "towing", "location": {"lat": 51.5154, "lng": -0.2533}, "urgency": "immediate"}""");
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String id = posted.get("id");
        assertThat(callout.get("/v1/requests/" + id, stranger.token()).status()).as("another customer's request").isEqualTo(404);
        assertThat(callout.get("/v1/requests/job_unknown", customer.token()).status()).isEqualTo(404);
        Reply flying = callout.send("PUT", "/v1/requests/" + id + "/status", operator.token(), "{\"status\": \"flying\"}");
        assertThat(flying.status()).isEqualTo(400);
        assertThat(flying.errorFields()).containsKey("status");
        Reply notTheirs = callout.post("/v1/requests/" + id + "/location", operator.token(), "{\"lat\": 51.5, \"lng\": -0.2}");
        assertThat(notTheirs.status()).as("only the assigned operator reports its location").isEqualTo(403);
        assertThat(callout.post("/v1/requests/" + id + "/location", operator.token(), "{\"lat\": 95, \"lng\": -0.2}").status())
                .isEqualTo(400);
        assertThat(callout.get("/v1/requests/" + id, customer.token()).get("status")).isEqualTo("requested");

        assertThat(callout.post("/v1/operators/" + stranger.id() + "/availability", operator.token(), "{\"status\": \"offline\"}")
                .status()).as("someone else's availability").isEqualTo(403);
        assertThat(callout.post("/v1/operators/" + operator.id() + "/availability", operator.token(), "{\"status\": \"asleep\"}")
                .status()).isEqualTo(400);
        assertThat(callout.get("/v1/operators/" + operator.id() + "/jobs", customer.token()).status()).isEqualTo(403);
        assertThat(callout.get("/v1/operators/usr_nobody/jobs", callout.admin().token()).status()).isEqualTo(404);

        Reply noRequest = callout.post("/v1/payments/intent", customer.token(), "{}");
        assertThat(noRequest.status()).isEqualTo(400);
        assertThat(noRequest.errorFields()).containsKey("request_id");
        assertThat(callout.post("/v1/payments/intent", stranger.token(), "{\"request_id\": \"" + id + "\"}").status())
                .as("another customer's request").isEqualTo(404);
        assertThat(callout.post("/v1/payments/confirm/pi_unknown", customer.token(), null).status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/payments", customer.token()).data()).isEmpty();

        Reply wrongPassword = callout.post("/v1/auth/login", null, """
                {"identifier": "%s", "password": "wrong"}""".formatted(customer.email()));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aSecondOperatorIsToldTheRequestIsTakenAndARefreshAnswersItsToken() {
        Account customer = accounts.customer();
        Account first = accounts.operator();
        Account second = accounts.operator();
        String id = callout.post("/v1/requests", customer.token(), """
                {"category": "towing", "location": {"lat": 51.5154, "lng": -0.2533}, "urgency": "immediate"}""").get("id");
        String status = "/v1/requests/" + id + "/status";
        assertThat(callout.send("PUT", status, first.token(), "{\"status\": \"accepted\"}").status()).isEqualTo(200);
        Reply late = callout.send("PUT", status, second.token(), "{\"status\": \"accepted\"}");
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.errorCode()).isEqualTo("JOB_ALREADY_TAKEN");
        assertThat(callout.get("/v1/requests/" + id, customer.token()).get("provider_id")).isEqualTo(first.id());

        Reply login = callout.post("/v1/auth/login", null, """
                {"identifier": "%s", "password": "%s"}""".formatted(customer.email(), ArtAccounts.PASSWORD));
        Reply refreshed = callout.post("/v1/auth/refresh", null, "{\"refresh_token\": \"%s\"}".formatted(login.get("refresh_token")));
        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
        assertThat(refreshed.get("token")).isNotBlank().isEqualTo(refreshed.get("access_token")).isNotEqualTo(login.get("token"));
        assertThat(refreshed.get("refresh_token")).isNotBlank().isNotEqualTo(login.get("refresh_token"));
        assertThat(callout.get("/v1/requests/user/current", refreshed.get("token")).data()).extracting(request -> request.get("id"))
                .containsExactly(id);

        Reply asOperator = callout.post("/v1/auth/register", null, """
                {"name": "Tom Evans", "email": "art-%s@test.callout.dev", "password": "%s", "role": "provider"}"""
                .formatted(UUID.randomUUID(), ArtAccounts.PASSWORD));
        assertThat(asOperator.status()).as(asOperator.text()).isEqualTo(201);
        assertThat(asOperator.get("role")).as("the route decides the role").isEqualTo("customer");
    }

    @Test
    void artsSignInRoutesCountAgainstTheAuthLimit() {
        Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.7");
        Reply last = null;
        for (int attempt = 0; attempt <= AUTH_LIMIT && (last == null || last.status() != 429); attempt++) {
            last = callout.send("POST", "/v1/auth/refresh", null, "{\"refresh_token\": \"rt_forged\"}", from);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.errorCode()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void theSocketEndpointRefusesWhatIsNotEngineIoFour() {
        Reply oldProtocol = callout.get("/socket.io/?EIO=3&transport=polling", null);
        assertThat(oldProtocol.status()).isEqualTo(400);
        assertThat(oldProtocol.errorCode()).isEqualTo("UNSUPPORTED_PROTOCOL_VERSION");
        assertThat(callout.get("/socket.io/?EIO=4&transport=polling&sid=nope", null).errorCode()).isEqualTo("SESSION_UNKNOWN");
        assertThat(callout.get("/socket.io/?EIO=4&transport=carrier-pigeon", null).errorCode()).isEqualTo("TRANSPORT_UNKNOWN");

        Reply open = callout.get("/socket.io/?EIO=4&transport=polling", null);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.text()).startsWith("0{\"sid\":").contains("\"upgrades\":[\"websocket\"]");
    }
}
