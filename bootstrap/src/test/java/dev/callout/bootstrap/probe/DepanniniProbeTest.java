package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.probe.Surface.Caller;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Depannini's API (seed 001, /api/... and its channels /ws/...) probed: its errors are the Django REST
 * framework's ({@code {"detail", "code"}} or {@code {"field": ["problem"]}}), its ids integers. The world:
 * a client's towing request accepted by a towing assistant; the outsiders are another client and a
 * repair assistant the request is not open to.
 */
class DepanniniProbeTest extends ProductProbes {

    private static Depannini depannini;

    @BeforeAll
    static void start() {
        depannini = new Depannini();
        depannini.populate();
    }

    @AfterAll
    static void stop() {
        depannini.close();
    }

    @Override
    Product product() {
        return depannini;
    }

    static final class Depannini extends Product {

        private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000L);
        private static final Map<String, Object> PICKUP = Map.of("lat", 36.7731, "lng", 3.0588);

        private String request;
        private String clientPhone;

        Depannini() {
            super("depannini");
            routes(null, "POST /api/auth/register", "POST /api/auth/login/email", "POST /api/auth/login/phone",
                    "POST /api/auth/login/google", "POST /api/auth/verify-email", "POST /api/auth/verify-phone",
                    "POST /api/auth/password-reset", "POST /api/auth/password-reset/confirm", "POST /api/auth/resend-verification",
                    "POST /api/auth/token/refresh");
            routes(Caller.CUSTOMER, "POST /api/assistance/request", "GET /api/assistance/view",
                    "GET /api/assistance/view/{assistanceId}", "PATCH /api/assistance/update/{assistanceId}",
                    "GET /api/profile/user", "GET /api/assistants", "GET /ws/assistance/{assistanceId}");
            routes(Caller.PROVIDER, "PATCH /api/assistance/accept/{assistanceId}", "GET /api/profile/assistant",
                    "POST /api/profile/update-location", "POST /api/profile/assistant-status", "GET /ws/assistant/{assistantId}");
        }

        private static String phone() {
            return "+2135" + (10_000_000L + PHONES.incrementAndGet() % 90_000_000L);
        }

        @Override
        void populate() {
            clientPhone = phone();
            customer = client(clientPhone);
            otherCustomer = client(phone());
            provider = assistant("towing");
            otherProvider = assistant("repair");
            ProbeTarget.User operator = target.admin();
            admin = new Party(operator.id(), operator.token());
            Answer requested = send("POST", "/api/assistance/request/", customer, Map.of("pickup", PICKUP,
                    "dropoff", Map.of("lat", 36.7213, "lng", 3.1842)));
            assertThat(requested.status()).as(requested.text()).isEqualTo(201);
            request = String.valueOf(map(requested.json().get("assistance")).get("id"));
            Answer accepted = send("PATCH", "/api/assistance/accept/" + request + "/", provider, null);
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        }

        private Party client(String phone) {
            Answer registered = send("POST", "/api/auth/register/", null, Map.of("phone_number", phone, "name", "Samira Client",
                    "password", ProbeTarget.PASSWORD, "password_confirm", ProbeTarget.PASSWORD, "user_type", "client"));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            assertThat(send("POST", "/api/auth/verify-phone/", null, Map.of("phone_number", phone, "code", target.lastCode(phone)))
                    .status()).isEqualTo(200);
            return login(phone);
        }

        private Party assistant(String service) {
            String phone = phone();
            String email = "tow-" + phone.substring(1) + "@depannini.test";
            Answer registered = send("POST", "/api/auth/register/", null, Map.ofEntries(Map.entry("phone_number", phone),
                    Map.entry("email", email), Map.entry("name", "Karim Tow"), Map.entry("password", ProbeTarget.PASSWORD),
                    Map.entry("password_confirm", ProbeTarget.PASSWORD), Map.entry("user_type", "assistant"),
                    Map.entry("service_type", service), Map.entry("vehicle_type", "flatbed"), Map.entry("driving_license_cat", "c"),
                    Map.entry("driving_license_num", "DZ-123456"), Map.entry("driving_license_expiry",
                            LocalDate.now().plusYears(2).format(DateTimeFormatter.ofPattern("dd:MM:yy"))),
                    Map.entry("vehicle_registration_num", 1234516), Map.entry("current_lat", 36.7762), Map.entry("current_lng", 3.0601),
                    Map.entry("address", "Rue Didouche Mourad, Alger")));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            assertThat(send("POST", "/api/auth/verify-email/", null, Map.of("email", email, "code", target.lastCode(email))).status())
                    .isEqualTo(200);
            Party assistant = login(phone);
            assertThat(send("POST", "/api/profile/assistant-status/", assistant, Map.of("is_active", true)).status()).isEqualTo(200);
            return assistant;
        }

        private Party login(String phone) {
            Answer login = send("POST", "/api/auth/login/phone/", null, Map.of("phone_number", phone, "password", ProbeTarget.PASSWORD));
            assertThat(login.status()).as(login.text()).isEqualTo(200);
            return new Party(String.valueOf(map(login.json().get("user")).get("id")), login.get("access"));
        }

        /** {"detail": "...", "code": "..."}, or every field with a list of its problems. */
        @Override
        boolean inErrorFormat(Answer answer) {
            Map<String, Object> body = answer.json();
            if (body == null || body.isEmpty()) {
                return false;
            }
            if (body.get("detail") instanceof String) {
                return body.get("code") instanceof String && body.size() == 2;
            }
            return body.values().stream().allMatch(problems -> problems instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(String.class::isInstance));
        }

        /** Depannini's clients end every path with a slash, as Django's routes do. */
        @Override
        String spelled(String path) {
            return path + "/";
        }

        @Override
        Set<Integer> notYours(String route) {
            // one who comes late to a request learns it was taken (409 JOB_ALREADY_TAKEN), as on the canonical API
            return route.equals("PATCH /api/assistance/accept/{assistanceId}") ? Set.of(403, 404, 409) : Set.of(403, 404);
        }

        @Override
        String worldId(String route, String variable) {
            return variable.equals("assistantId") ? provider.id() : request;
        }

        @Override
        String unknownId(String variable) {
            return "99999999";
        }

        @Override
        Set<String> notJson() {
            return sockets();
        }

        @Override
        Set<String> sockets() {
            return Set.of("GET /ws/assistance/{assistanceId}", "GET /ws/assistant/{assistantId}");
        }

        @Override
        Map<String, Object> plausibleBody(String route) {
            String phone = phone();
            return switch (route) {
                case "POST /api/auth/register" -> Map.of("phone_number", phone, "name", "Samira Client", "password", ProbeTarget.PASSWORD,
                        "password_confirm", ProbeTarget.PASSWORD, "user_type", "client");
                case "POST /api/auth/login/email" -> Map.of("email", "probe@depannini.test", "password", ProbeTarget.PASSWORD);
                case "POST /api/auth/login/phone" -> Map.of("phone_number", clientPhone, "password", "not the password");
                case "POST /api/auth/login/google" -> Map.of("token", "not.a.google.token");
                case "POST /api/auth/verify-email" -> Map.of("email", "probe@depannini.test", "code", "000000");
                case "POST /api/auth/verify-phone" -> Map.of("phone_number", clientPhone, "code", "000000");
                case "POST /api/auth/password-reset" -> Map.of("email", "probe@depannini.test");
                case "POST /api/auth/password-reset/confirm" -> Map.of("email", "probe@depannini.test", "code", "000000",
                        "new_password", "another long password");
                case "POST /api/auth/resend-verification" -> Map.of("phone_number", phone);
                case "POST /api/auth/token/refresh" -> Map.of("refresh", "not-a-refresh-token");
                case "POST /api/assistance/request" -> Map.of("pickup", PICKUP, "dropoff", Map.of("lat", 36.7213, "lng", 3.1842));
                case "PATCH /api/assistance/update/{assistanceId}" -> Map.of("status", "canceled");
                case "POST /api/profile/update-location" -> Map.of("latitude", 36.75, "longitude", 3.04);
                case "POST /api/profile/assistant-status" -> Map.of("is_active", false);
                default -> null;
            };
        }

        @Override
        Map<String, Object> snapshot() {
            Map<String, Object> seen = read(customer, "/api/assistance/view/" + request + "/", "/api/assistance/view/", "/api/profile/user/");
            seen.putAll(read(provider, "/api/profile/assistant/"));
            return seen;
        }

        @Override
        List<Door> doors() {
            String ws = target.baseUrl().replaceFirst("^http", "ws");
            URI assistance = URI.create(ws + "/ws/assistance/" + request + "/?token=" + customer.token());
            URI assistant = URI.create(ws + "/ws/assistant/" + provider.id() + "/?token=" + provider.token());
            return List.of(new Door("the request's channel", assistance, Map.of(), List.of(
                            Map.entry("without a token", () -> Knock.at(URI.create(ws + "/ws/assistance/" + request + "/"), Map.of())),
                            Map.entry("with a bad token", () -> Knock.at(URI.create(ws + "/ws/assistance/" + request + "/?token=not.a.token"),
                                    Map.of())),
                            Map.entry("with an expired token", () -> Knock.at(URI.create(ws + "/ws/assistance/" + request + "/?token="
                                    + expired(this, customer)), Map.of())),
                            Map.entry("by another client", () -> Knock.at(URI.create(ws + "/ws/assistance/" + request + "/?token="
                                    + otherCustomer.token()), Map.of())),
                            Map.entry("by an assistant it is not open to", () -> Knock.at(URI.create(ws + "/ws/assistance/" + request
                                    + "/?token=" + otherProvider.token()), Map.of())),
                            Map.entry("of an unknown request", () -> Knock.at(URI.create(ws + "/ws/assistance/99999999/?token="
                                    + customer.token()), Map.of())))),
                    new Door("the assistant's channel", assistant, Map.of(), List.of(
                            Map.entry("without a token", () -> Knock.at(URI.create(ws + "/ws/assistant/" + provider.id() + "/"), Map.of())),
                            Map.entry("by another assistant", () -> Knock.at(URI.create(ws + "/ws/assistant/" + provider.id() + "/?token="
                                    + otherProvider.token()), Map.of())),
                            Map.entry("by a client", () -> Knock.at(URI.create(ws + "/ws/assistant/" + provider.id() + "/?token="
                                    + customer.token()), Map.of())))));
        }
    }
}
