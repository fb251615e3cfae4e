package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.probe.Surface.Caller;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * BlueWork's API (seed 003, /api/v1 in its own words and /ws) probed: its errors are {@code {"error": {code,
 * message, details?}}}, its ids the core's prefixed ones. The world: a customer's job taken by a worker with
 * a message, a second job completed, paid in cash (not yet confirmed) and disputed, and a notification;
 * the outsiders are another customer and another worker of the same skill.
 */
class BlueWorkProbeTest extends ProductProbes {

    private static BlueWork blueWork;

    @BeforeAll
    static void start() {
        blueWork = new BlueWork();
        blueWork.populate();
    }

    @AfterAll
    static void stop() {
        blueWork.close();
    }

    @Override
    Product product() {
        return blueWork;
    }

    static final class BlueWork extends Product {

        private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
        private static final double LAT = 14.5547;
        private static final double LNG = 121.0244;

        private String job;
        private String completedJob;
        private String payment;
        private String dispute;
        private String notification;

        BlueWork() {
            super("bluework");
            routes(null, "POST /api/v1/auth/register", "POST /api/v1/auth/otp/send", "POST /api/v1/auth/otp/verify",
                    "POST /api/v1/auth/login", "POST /api/v1/auth/token/refresh", "POST /api/v1/auth/password/forgot",
                    "POST /api/v1/auth/password/reset");
            routes(Caller.CUSTOMER, "POST /api/v1/auth/logout", "GET /api/v1/users/me", "PATCH /api/v1/users/me",
                    "DELETE /api/v1/users/me", "GET /api/v1/notifications", "PATCH /api/v1/notifications/{id}/read",
                    "PATCH /api/v1/notifications/read-all", "POST /api/v1/jobs", "POST /api/v1/jobs/{id}/photos", "GET /api/v1/jobs", "GET /api/v1/jobs/{id}",
                    "PATCH /api/v1/jobs/{id}/status", "GET /api/v1/jobs/{id}/messages", "POST /api/v1/jobs/{id}/messages",
                    "POST /api/v1/disputes", "GET /api/v1/disputes/{id}", "POST /api/v1/payments/initiate", "GET /api/v1/payments/{id}",
                    "GET /api/v1/workers/nearby", "GET /api/v1/workers/{id}", "GET /ws");
            routes(Caller.PROVIDER, "GET /api/v1/jobs/nearby", "PATCH /api/v1/workers/me/availability",
                    "PATCH /api/v1/workers/me/location", "GET /api/v1/workers/me/earnings", "POST /api/v1/payments/{id}/cash-confirm");
            routes(Caller.ADMIN, "GET /api/v1/users", "GET /api/v1/users/{id}", "GET /api/v1/admin/workers",
                    "PATCH /api/v1/admin/workers/{id}", "PATCH /api/v1/admin/users/{id}", "DELETE /api/v1/jobs/{id}",
                    "POST /api/v1/payments/{id}/refund", "PATCH /api/v1/disputes/{id}", "GET /api/v1/admin/analytics");
        }

        private static String phone() {
            return "+63917" + (1_000_000 + PHONES.incrementAndGet() % 9_000_000);
        }

        @Override
        void populate() {
            ProbeTarget.User operator = target.admin();
            admin = new Party(operator.id(), operator.token());
            customer = customer();
            otherCustomer = customer();
            provider = worker();
            otherProvider = worker();
            job = takenJob();
            completedJob = takenJob();
            for (String status : List.of("in_progress", "completed")) {
                assertThat(send("PATCH", "/api/v1/jobs/" + completedJob + "/status", provider, Map.of("status", status)).status())
                        .isEqualTo(200);
            }
            payment = created(send("POST", "/api/v1/payments/initiate", customer, Map.of("job_id", completedJob, "method", "cash")));
            assertThat(send("POST", "/api/v1/jobs/" + job + "/messages", provider, Map.of("content", "On my way")).status())
                    .isEqualTo(201);
            dispute = created(send("POST", "/api/v1/disputes", customer, Map.of("job_id", completedJob, "reason", "The pipe still leaks")));
            notification = World.eventually(() -> {
                List<Map<String, Object>> mine = send("GET", "/api/v1/notifications", customer, null).data();
                return mine.isEmpty() ? null : (String) mine.getFirst().get("id");
            });
        }

        private static String created(Answer answer) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            return answer.get("id");
        }

        private String takenJob() {
            String id = created(send("POST", "/api/v1/jobs", customer, jobBody()));
            assertThat(send("PATCH", "/api/v1/jobs/" + id + "/status", provider, Map.of("status", "accepted")).status()).isEqualTo(200);
            return id;
        }

        private static Map<String, Object> jobBody() {
            return Map.of("category", "plumber", "description", "Leaking pipe under kitchen sink.",
                    "location", Map.of("address", "123 Rizal St, Makati", "lat", LAT, "lng", LNG), "urgency", "immediate");
        }

        /** Registered as the document does, then verified by the OTP: its tokens come with the verification. */
        private Answer register(String role, String phone, String email) {
            Answer registered = send("POST", "/api/v1/auth/register", null, role.equals("worker")
                    ? Map.of("role", role, "name", "Pedro Reyes", "email", email, "phone", phone, "password", ProbeTarget.PASSWORD,
                    "skills", List.of("plumber"))
                    : Map.of("role", role, "name", "Maria Santos", "email", email, "phone", phone, "password", ProbeTarget.PASSWORD));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            Answer verified = send("POST", "/api/v1/auth/otp/verify", null, Map.of("phone", phone, "otp", target.lastCode(phone)));
            assertThat(verified.status()).as(verified.text()).isEqualTo(200);
            return verified;
        }

        private Party customer() {
            Answer verified = register("customer", phone(), "maria-" + UUID.randomUUID() + "@example.com");
            return new Party((String) map(verified.json().get("user")).get("id"), verified.get("access_token"));
        }

        /** Approved by an admin, signed in, online near the jobs. */
        private Party worker() {
            String phone = phone();
            Answer verified = register("worker", phone, "pedro-" + UUID.randomUUID() + "@example.com");
            String id = (String) map(verified.json().get("user")).get("id");
            assertThat(send("PATCH", "/api/v1/admin/workers/" + id, admin, Map.of("status", "active", "note", "ID checked")).status())
                    .isEqualTo(200);
            Answer login = send("POST", "/api/v1/auth/login", null, Map.of("identifier", phone, "password", ProbeTarget.PASSWORD));
            assertThat(login.status()).as(login.text()).isEqualTo(200);
            Party worker = new Party(id, login.get("access_token"));
            assertThat(send("PATCH", "/api/v1/workers/me/availability", worker, Map.of("status", "online")).status()).isEqualTo(200);
            assertThat(send("PATCH", "/api/v1/workers/me/location", worker, Map.of("lat", LAT + 0.02, "lng", LNG)).status())
                    .isEqualTo(200);
            return worker;
        }

        @Override
        boolean inErrorFormat(Answer answer) {
            return answer.errorCode() != null && !answer.errorCode().isBlank() && answer.error().containsKey("message");
        }

        @Override
        Set<Integer> notYours(String route) {
            // one who comes late to a job learns it was taken, as the document says (409 JOB_ALREADY_TAKEN)
            return route.equals("PATCH /api/v1/jobs/{id}/status") ? Set.of(403, 404, 409) : Set.of(403, 404);
        }

        @Override
        String worldId(String route, String variable) {
            String collection = route.substring(route.indexOf(' ') + 1, route.indexOf("/{"));
            return switch (collection) {
                case "/api/v1/jobs" -> job;
                case "/api/v1/payments" -> payment;
                case "/api/v1/disputes" -> dispute;
                case "/api/v1/notifications" -> notification;
                case "/api/v1/users", "/api/v1/admin/users" -> customer.id();
                case "/api/v1/workers", "/api/v1/admin/workers" -> provider.id();
                default -> throw new AssertionError("the probe world owns nothing under " + collection + " for " + route);
            };
        }

        @Override
        String unknownId(String variable) {
            return "job_01JNX4Q2V3M6YB8Z0N1R2S3T4U";
        }

        @Override
        Set<String> sharedByDesign() {
            // a worker's public profile, as GET /workers/:id shows it to anyone signed in
            return Set.of("GET /api/v1/workers/{id}");
        }

        @Override
        String uploadPart(String route) {
            return "photos";
        }

        @Override
        Set<String> spendingTheCaller() {
            return Set.of("POST /api/v1/auth/logout", "DELETE /api/v1/users/me");
        }

        @Override
        Set<String> notJson() {
            return sockets();
        }

        @Override
        Set<String> sockets() {
            return Set.of("GET /ws");
        }

        @Override
        Map<String, Object> plausibleBody(String route) {
            String phone = phone();
            return switch (route) {
                case "POST /api/v1/auth/register" -> Map.of("role", "customer", "name", "Maria Santos",
                        "email", "probe-" + UUID.randomUUID() + "@example.com", "phone", phone, "password", ProbeTarget.PASSWORD);
                case "POST /api/v1/auth/otp/send" -> Map.of("phone", phone);
                case "POST /api/v1/auth/otp/verify" -> Map.of("phone", phone, "otp", "000000");
                case "POST /api/v1/auth/login" -> Map.of("identifier", phone, "password", ProbeTarget.PASSWORD);
                case "POST /api/v1/auth/token/refresh" -> Map.of("refresh_token", "rt_probe");
                case "POST /api/v1/auth/password/forgot" -> Map.of("email", "probe@example.com");
                case "POST /api/v1/auth/password/reset" -> Map.of("email", "probe@example.com", "token", "000000",
                        "password", "another long password");
                case "PATCH /api/v1/users/me" -> Map.of("name", "Maria Santos-Reyes");
                case "POST /api/v1/jobs" -> jobBody();
                case "PATCH /api/v1/jobs/{id}/status" -> Map.of("status", "cancelled", "reason", "probe");
                case "POST /api/v1/jobs/{id}/messages" -> Map.of("content", "probe");
                case "POST /api/v1/disputes" -> Map.of("job_id", job, "reason", "probe");
                case "PATCH /api/v1/disputes/{id}" -> Map.of("status", "resolved", "action", "full_refund", "resolution", "probe");
                case "POST /api/v1/payments/initiate" -> Map.of("job_id", job, "method", "cash");
                case "POST /api/v1/payments/{id}/refund" -> Map.of("amount", 100.00, "reason", "probe");
                case "PATCH /api/v1/workers/me/availability" -> Map.of("status", "offline");
                case "PATCH /api/v1/workers/me/location" -> Map.of("lat", LAT, "lng", LNG);
                case "PATCH /api/v1/admin/workers/{id}", "PATCH /api/v1/admin/users/{id}" -> Map.of("status", "suspended", "note", "probe");
                default -> null;
            };
        }

        @Override
        Map<String, Object> snapshot() {
            Map<String, Object> seen = read(customer, "/api/v1/jobs/" + job, "/api/v1/jobs/" + completedJob, "/api/v1/jobs",
                    "/api/v1/jobs/" + job + "/messages", "/api/v1/payments/" + payment, "/api/v1/disputes/" + dispute,
                    "/api/v1/users/me");
            seen.putAll(read(provider, "/api/v1/users/me"));
            seen.put("notification read", send("GET", "/api/v1/notifications", customer, null).data().stream()
                    .filter(found -> notification.equals(found.get("id"))).map(found -> found.get("read")).toList());
            return seen;
        }

        @Override
        List<Door> doors() {
            URI ws = URI.create(target.baseUrl().replaceFirst("^http", "ws") + "/ws");
            return List.of(new Door("the socket", ws, Map.of("Authorization", "Bearer " + customer.token()), List.of(
                    Map.entry("without a token", () -> Knock.at(ws, Map.of())),
                    Map.entry("with a bad token", () -> Knock.at(ws, Map.of("Authorization", "Bearer not.a.token"))),
                    Map.entry("with an expired token", () -> Knock.at(ws, Map.of("Authorization", "Bearer " + expired(this, customer)))))));
        }
    }
}
