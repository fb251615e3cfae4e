package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Caller;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Art's API (seed 000, /v1) probed: its errors are the canonical envelope, its ids the canonical ones. The
 * world: a customer's towing request taken by an operator.
 */
class ArtProbeTest extends ProductProbes {

    private static Art art;

    @BeforeAll
    static void start() {
        art = new Art();
        art.populate();
    }

    @AfterAll
    static void stop() {
        art.close();
    }

    @Override
    Product product() {
        return art;
    }

    /** Art's Socket.IO over long-polling: a CONNECT without a valid token, or for another user type, is a CONNECT_ERROR. */
    @Test
    void theSocketIoConnectRefusesAMissingBadOrExpiredTokenAndAnotherUserType() {
        String customer = art.customer.token();
        assertThat(connect("", "{\"token\": \"" + customer + "\"}")).as("the control").startsWith("40{\"sid\":");
        Map<String, String[]> refused = Map.of(
                "without a token", new String[] {"", ""},
                "with a token that is not one", new String[] {"", "{\"token\": \"not.a.token\"}"},
                "with a token of another type", new String[] {"", "{\"token\": 5}"},
                "with an expired token", new String[] {"", "{\"token\": \"" + expired(art, art.customer) + "\"}"},
                "as an operator", new String[] {"&userType=operator", "{\"token\": \"" + customer + "\"}"});
        refused.forEach((what, attempt) -> assertThat(connect(attempt[0], attempt[1])).as(what)
                .startsWith("44{\"message\":").doesNotContain(art.customer.id()));
    }

    /** Opens an Engine.IO session, sends the Socket.IO CONNECT with {@code auth}, and reads the answer. */
    private static String connect(String query, String auth) {
        String session = "/socket.io/?EIO=4&transport=polling" + query;
        Answer open = art.target.send("GET", session, null, null, null, Map.of());
        assertThat(open.status()).as(open.text()).isEqualTo(200);
        Matcher sid = Pattern.compile("\"sid\":\"([^\"]+)\"").matcher(open.text());
        assertThat(sid.find()).as(open.text()).isTrue();
        String polled = session + "&sid=" + sid.group(1);
        Answer sent = art.target.send("POST", polled, null, "text/plain;charset=UTF-8", ("40" + auth).getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        return art.target.send("GET", polled, null, null, null, Map.of()).text();
    }

    static final class Art extends Product {

        private static final Map<String, Object> BREAKDOWN = Map.of("lat", 51.5154, "lng", -0.2533,
                "address", "A40 Western Avenue, Acton, London W3");

        private String request;

        Art() {
            super("art");
            routes(null, "POST /v1/auth/register", "POST /v1/auth/register/operator", "POST /v1/auth/login",
                    "POST /v1/auth/refresh", "GET /socket.io", "POST /socket.io", "GET /{engine:socket[.]io}");
            routes(Caller.CUSTOMER, "POST /v1/requests", "GET /v1/requests/user/current", "GET /v1/requests/{id}",
                    "PUT /v1/requests/{id}/status", "GET /v1/operators/available", "POST /v1/payments/intent",
                    "POST /v1/payments/confirm/{intentId}");
            routes(Caller.PROVIDER, "POST /v1/requests/{id}/location", "POST /v1/operators/{id}/availability",
                    "GET /v1/operators/{id}/jobs");
        }

        @Override
        void populate() {
            customer = party(target.customer());
            otherCustomer = party(target.customer());
            provider = operator();
            otherProvider = operator();
            admin = party(target.admin());
            Answer posted = send("POST", "/v1/requests", customer, Map.of("category", "towing", "description", "Flat tyre on the A40",
                    "location", BREAKDOWN, "urgency", "immediate"));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            request = posted.get("id");
            Answer taken = send("PUT", "/v1/requests/" + request + "/status", provider, Map.of("status", "accepted"));
            assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        }

        private static Party party(User user) {
            return new Party(user.id(), user.token());
        }

        /** An online towing operator near the breakdown. */
        private Party operator() {
            Party operator = party(target.provider("towing"));
            assertThat(send("POST", "/v1/operators/" + operator.id() + "/availability", operator, Map.of("status", "online")).status())
                    .isEqualTo(200);
            assertThat(send("PATCH", "/api/v1/providers/me/location", operator, Map.of("lat", 51.5045, "lng", -0.2250)).status())
                    .isEqualTo(200);
            return operator;
        }

        @Override
        boolean inErrorFormat(Answer answer) {
            return inCanonicalEnvelope(answer);
        }

        @Override
        String worldId(String route, String variable) {
            return switch (variable) {
                case "id" -> route.contains("/operators/") ? provider.id() : request;
                case "engine" -> "socket.io";
                default -> unknownId(variable);
            };
        }

        @Override
        String unknownId(String variable) {
            return switch (variable) {
                case "intentId" -> "pi_3PrObEuNkNoWn0000000000";
                default -> "job_01JNX4Q2V3M6YB8Z0N1R2S3T4U";
            };
        }

        /**
         * Art's Socket.IO refuses a bad token inside the protocol (a CONNECT_ERROR to the CONNECT packet), not at the
         * WebSocket handshake, so it has no door: ArtProbeTest probes its CONNECT over long-polling.
         */
        @Override
        Set<String> notJson() {
            return Set.of("GET /socket.io", "POST /socket.io", "GET /{engine:socket[.]io}");
        }

        @Override
        Map<String, Object> plausibleBody(String route) {
            String email = "probe-" + UUID.randomUUID() + "@test.callout.dev";
            return switch (route) {
                case "POST /v1/auth/register" -> Map.of("name", "Priya Shah", "email", email, "password", ProbeTarget.PASSWORD);
                case "POST /v1/auth/register/operator" -> Map.of("name", "Dave Morgan", "email", email,
                        "password", ProbeTarget.PASSWORD, "categories", List.of("towing"), "vehicle_type", "flatbed truck",
                        "licence_category", "c", "licence_number", "MORGA753116SM9IJ",
                        "licence_expiry", LocalDate.now().plusYears(2).toString(), "vehicle_registration", "LT68 ABC");
                case "POST /v1/auth/login" -> Map.of("identifier", email, "password", ProbeTarget.PASSWORD);
                case "POST /v1/auth/refresh" -> Map.of("refresh_token", "rt_probe");
                case "POST /v1/requests" -> Map.of("category", "towing", "description", "Flat tyre", "location", BREAKDOWN,
                        "urgency", "immediate");
                case "PUT /v1/requests/{id}/status" -> Map.of("status", "cancelled", "reason", "probe");
                case "POST /v1/requests/{id}/location" -> Map.of("lat", 51.509, "lng", -0.238);
                case "POST /v1/operators/{id}/availability" -> Map.of("status", "offline");
                case "POST /v1/payments/intent" -> Map.of("request_id", request);
                default -> null;
            };
        }

        @Override
        Map<String, Object> snapshot() {
            Map<String, Object> seen = read(customer, "/v1/requests/" + request, "/v1/requests/user/current", "/api/v1/payments");
            seen.putAll(read(provider, "/v1/operators/" + provider.id() + "/jobs"));
            return seen;
        }
    }
}
