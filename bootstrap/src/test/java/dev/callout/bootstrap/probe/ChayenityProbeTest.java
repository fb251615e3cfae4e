package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.probe.Surface.Caller;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Chayenity's API (seed 002, /api/... and /ws/chat/{room_id}) probed: its errors are {@code {detail,
 * error_code, field_errors}}, its ids UUIDs. Anyone may seek and help, so the customer is a seeker and the
 * provider the helper who took the seeker's gig: a gig in progress with its chat and escrow, a completed
 * gig with a review, a buddy and a gig photo. The outsiders are two more users.
 */
class ChayenityProbeTest extends ProductProbes {

    private static Chayenity chayenity;

    @BeforeAll
    static void start() {
        chayenity = new Chayenity();
        chayenity.populate();
    }

    @AfterAll
    static void stop() {
        chayenity.close();
    }

    @Override
    Product product() {
        return chayenity;
    }

    static final class Chayenity extends Product {

        private String gig;
        private String completedGig;
        private String review;
        private String transaction;
        private String buddy;
        private String file;

        Chayenity() {
            super("chayenity");
            routes(null, "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh");
            routes(Caller.CUSTOMER, "POST /api/auth/logout", "GET /api/auth/me", "POST /api/buddies", "GET /api/buddies",
                    "GET /api/buddies/available", "DELETE /api/buddies/{buddyId}", "GET /api/chat/rooms",
                    "GET /api/chat/rooms/{roomId}/messages", "POST /api/chat/rooms/{roomId}/messages", "PUT /api/chat/rooms/{roomId}/read",
                    "POST /api/gigs", "GET /api/gigs/search", "GET /api/gigs/my-gigs", "GET /api/gigs/{gigId}",
                    "POST /api/reviews", "GET /api/reviews/user/{userId}", "GET /api/reviews/my-reviews", "PUT /api/reviews/{reviewId}",
                    "DELETE /api/reviews/{reviewId}", "POST /api/transactions/escrow", "PUT /api/transactions/{transactionId}/release",
                    "GET /api/transactions/history/my", "POST /api/transactions/calculate-fee", "POST /api/upload/profile",
                    "POST /api/upload/gig", "GET /api/upload/{fileId}", "GET /api/upload/my-files", "DELETE /api/upload/{fileId}",
                    "GET /api/users/profile", "PUT /api/users/me", "PUT /api/users/location", "PUT /api/users/availability",
                    "GET /api/users/nearby", "GET /ws/chat/{roomId}");
            routes(Caller.PROVIDER, "POST /api/gigs/{gigId}/accept", "PUT /api/gigs/{gigId}/status");
        }

        @Override
        void populate() {
            customer = signUp("John Seeker");
            provider = signUp("Jane Helper");
            otherCustomer = signUp("Nosy Stranger");
            otherProvider = signUp("Late Helper");
            ProbeTarget.User operator = target.admin();
            admin = new Party(operator.id(), operator.token());
            gig = takenGig("Help move furniture");
            completedGig = takenGig("Carry boxes");
            for (String status : List.of("IN_PROGRESS", "COMPLETED")) {
                assertThat(send("PUT", "/api/gigs/" + completedGig + "/status", provider, Map.of("status", status)).status()).isEqualTo(200);
            }
            review = created(send("POST", "/api/reviews", customer, Map.of("gig_id", completedGig, "reviewee_id", provider.id(),
                    "rating", 5, "comment", "On time")));
            transaction = created(send("POST", "/api/transactions/escrow", customer, Map.of("gig_id", gig,
                    "payment_method", "mock_payment")));
            buddy = created(send("POST", "/api/buddies", customer, Map.of("buddy_user_id", provider.id())));
            assertThat(send("POST", "/api/chat/rooms/" + gig + "/messages", provider, Map.of("content", "On my way")).status())
                    .isEqualTo(201);
            Answer photo = target.uploadPng("/api/upload/gig", customer.token(), "file", Map.of());
            assertThat(photo.status()).as(photo.text()).isEqualTo(201);
            file = photo.get("file_id");
        }

        private static String created(Answer answer) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            return answer.get("id");
        }

        private String takenGig(String title) {
            String id = created(send("POST", "/api/gigs/", customer, gigBody(title)));
            assertThat(send("POST", "/api/gigs/" + id + "/accept", provider, null).status()).isEqualTo(200);
            return id;
        }

        private static Map<String, Object> gigBody(String title) {
            return Map.of("title", title, "description", "Sofa and table", "duration_hours", 3, "budget", 1500.0,
                    "latitude", 13.7563, "longitude", 100.5018, "address_text", "123 Main St, Bangkok");
        }

        /** Signed up and verified, signed in with the document's form. */
        private Party signUp(String name) {
            String email = "probe-" + UUID.randomUUID() + "@example.com";
            Answer registered = send("POST", "/api/auth/register", null, Map.of("email", email, "password", ProbeTarget.PASSWORD,
                    "full_name", name, "contact_info", "phone:+66812345678"));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            assertThat(send("POST", "/api/v1/auth/otp/verify", null, Map.of("identifier", email, "code", target.lastCode(email)))
                    .status()).isEqualTo(200);
            Answer login = target.send("POST", "/api/auth/login", null, "application/x-www-form-urlencoded",
                    ("username=" + email + "&password=" + ProbeTarget.PASSWORD.replace(' ', '+')).getBytes(StandardCharsets.UTF_8),
                    Map.of());
            assertThat(login.status()).as(login.text()).isEqualTo(200);
            return new Party(registered.get("id"), login.get("access_token"));
        }

        /** {detail, error_code, field_errors}: field problems as a list per field, or null. */
        @Override
        boolean inErrorFormat(Answer answer) {
            Map<String, Object> body = answer.json();
            return body != null && body.keySet().equals(Set.of("detail", "error_code", "field_errors"))
                    && body.get("detail") instanceof String && body.get("error_code") instanceof String
                    && (body.get("field_errors") == null || body.get("field_errors") instanceof Map<?, ?> fields
                    && fields.values().stream().allMatch(List.class::isInstance));
        }

        @Override
        Set<Integer> notYours(String route) {
            // one who comes late to a gig learns it was taken, as the document says (400 GIG_ALREADY_ACCEPTED)
            return route.equals("POST /api/gigs/{gigId}/accept") ? Set.of(400) : Set.of(403, 404);
        }

        @Override
        String worldId(String route, String variable) {
            return switch (variable) {
                case "roomId" -> gig;
                case "gigId" -> gig;
                case "reviewId" -> review;
                case "transactionId" -> transaction;
                case "buddyId" -> buddy;
                case "fileId" -> file;
                case "userId" -> provider.id();
                default -> throw new AssertionError("the probe world owns nothing for {" + variable + "} of " + route);
            };
        }

        @Override
        String unknownId(String variable) {
            return "0b9f5a1e-3c4d-4e8f-9a7b-6c5d4e3f2a1b";
        }

        @Override
        Set<String> sharedByDesign() {
            // any signed-in user reads another's reviews
            return Set.of("GET /api/reviews/user/{userId}");
        }

        @Override
        Set<String> optionalBody() {
            // the document's release_reason is optional, so is the body that holds it
            return Set.of("PUT /api/transactions/{transactionId}/release");
        }

        @Override
        Set<String> spendingTheCaller() {
            return Set.of("POST /api/auth/logout");
        }

        @Override
        Set<String> notJson() {
            return Set.of("POST /api/auth/login", "POST /api/auth/refresh", "GET /ws/chat/{roomId}");
        }

        @Override
        Set<String> sockets() {
            return Set.of("GET /ws/chat/{roomId}");
        }

        @Override
        Map<String, Object> plausibleBody(String route) {
            return switch (route) {
                case "POST /api/auth/register" -> Map.of("email", "probe-" + UUID.randomUUID() + "@example.com",
                        "password", ProbeTarget.PASSWORD, "full_name", "John Doe", "contact_info", "phone:+1234567890");
                case "POST /api/buddies" -> Map.of("buddy_user_id", otherProvider.id());
                case "POST /api/chat/rooms/{roomId}/messages" -> Map.of("content", "probe");
                case "POST /api/gigs" -> gigBody("Probe gig");
                case "PUT /api/gigs/{gigId}/status" -> Map.of("status", "IN_PROGRESS");
                case "POST /api/reviews" -> Map.of("gig_id", completedGig, "reviewee_id", provider.id(), "rating", 1, "comment", "probe");
                case "PUT /api/reviews/{reviewId}" -> Map.of("rating", 1, "comment", "probe");
                case "POST /api/transactions/escrow" -> Map.of("gig_id", completedGig, "payment_method", "mock_payment");
                case "PUT /api/transactions/{transactionId}/release" -> Map.of("release_reason", "probe");
                case "POST /api/transactions/calculate-fee" -> Map.of("base_amount", 1500.0);
                case "PUT /api/users/me" -> Map.of("full_name", "Probe", "contact_info", "line:probe", "address_text", "Nowhere");
                case "PUT /api/users/location" -> Map.of("latitude", 13.75, "longitude", 100.5, "address_text", "Bangkok");
                case "PUT /api/users/availability" -> Map.of("is_available", true);
                default -> null;
            };
        }

        @Override
        Map<String, Object> snapshot() {
            Map<String, Object> seen = read(customer, "/api/gigs/" + gig, "/api/gigs/" + completedGig, "/api/gigs/my-gigs",
                    "/api/chat/rooms/" + gig + "/messages", "/api/reviews/my-reviews", "/api/transactions/history/my", "/api/buddies",
                    "/api/upload/my-files", "/api/auth/me");
            seen.putAll(read(provider, "/api/auth/me", "/api/reviews/user/" + provider.id()));
            return seen;
        }

        @Override
        List<Door> doors() {
            String room = target.baseUrl().replaceFirst("^http", "ws") + "/ws/chat/" + gig;
            return List.of(new Door("a gig's room", URI.create(room + "?token=" + customer.token()), Map.of(), List.of(
                    Map.entry("without a token", () -> Knock.at(URI.create(room), Map.of())),
                    Map.entry("with a bad token", () -> Knock.at(URI.create(room + "?token=not.a.token"), Map.of())),
                    Map.entry("with an expired token", () -> Knock.at(URI.create(room + "?token=" + expired(this, customer)), Map.of())),
                    Map.entry("by someone else", () -> Knock.at(URI.create(room + "?token=" + otherCustomer.token()), Map.of())),
                    Map.entry("of an unknown gig", () -> Knock.at(URI.create(target.baseUrl().replaceFirst("^http", "ws")
                            + "/ws/chat/" + unknownId("roomId") + "?token=" + customer.token()), Map.of())))));
        }
    }
}
