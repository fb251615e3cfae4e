package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Caller;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The orders API (seed 004, /api/...) probed: its errors are the canonical envelope with its camelCase field
 * names, its ids the canonical ones. The world: an admin's service with a package, a customer's order of it
 * with a brief attached; the outsiders are another customer and a provider of another category.
 */
class OrdersProbeTest extends ProductProbes {

    private static Orders orders;

    @BeforeAll
    static void start() {
        orders = new Orders();
        orders.populate();
    }

    @AfterAll
    static void stop() {
        orders.close();
    }

    @Override
    Product product() {
        return orders;
    }

    static final class Orders extends Product {

        private String service;
        private String servicePackage;
        private String order;
        private String content;

        Orders() {
            super("orders");
            routes(null, "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/webhooks/payment",
                    "POST /api/webhooks/order");
            routes(Caller.CUSTOMER, "POST /api/auth/logout", "GET /api/users/profile", "PUT /api/users/profile", "GET /api/services",
                    "GET /api/services/{id}", "POST /api/orders", "GET /api/orders", "GET /api/orders/{id}",
                    "POST /api/payments/create-intent", "POST /api/payments/confirm", "POST /api/content/upload", "GET /api/content/{id}");
        }

        @Override
        void populate() {
            User operator = target.admin();
            admin = new Party(operator.id(), operator.token());
            service = created(send("POST", "/api/v1/services", admin, Map.of("name", "Home deep clean", "category", "cleaning",
                    "details_schema", List.of(Map.of("name", "rooms", "type", "number", "required", true)))));
            servicePackage = created(send("POST", "/api/v1/services/" + service + "/packages", admin, Map.of("name", "Studio",
                    "price", Map.of("amount", "1200.00", "currency", "PHP"), "duration_minutes", 180)));
            customer = customer();
            otherCustomer = customer();
            provider = provider("cleaning");
            // an order is open to the providers of its category (they may take it), so the outsider serves another one
            otherProvider = provider("electrician");
            Answer placed = send("POST", "/api/orders", customer, orderBody());
            assertThat(placed.status()).as(placed.text()).isEqualTo(201);
            order = (String) map(placed.json().get("order")).get("id");
            Answer uploaded = target.uploadPng("/api/content/upload", customer.token(), "file", Map.of("type", "image", "orderId", order));
            content = created(uploaded);
        }

        private static Party party(User user) {
            return new Party(user.id(), user.token());
        }

        private static String created(Answer answer) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            return answer.get("id");
        }

        private Map<String, Object> orderBody() {
            return Map.of("serviceId", service, "packageId", servicePackage, "details", Map.of("rooms", 2.5));
        }

        /** A provider signs up through the canonical API: no code to wait for under this profile, but an admin's approval. */
        private Party provider(String category) {
            String email = "fulfiller-" + UUID.randomUUID() + "@test.callout.dev";
            Answer registered = send("POST", "/api/v1/auth/register", null, Map.of("role", "provider", "name", "Pia Fulfils",
                    "email", email, "password", ProbeTarget.PASSWORD, "categories", List.of(category)));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            assertThat(send("PATCH", "/api/v1/admin/providers/" + registered.get("id"), admin, Map.of("status", "active",
                    "note", "probe")).status()).isEqualTo(200);
            Answer login = send("POST", "/api/v1/auth/login", null, Map.of("identifier", email, "password", ProbeTarget.PASSWORD));
            assertThat(login.status()).as(login.text()).isEqualTo(200);
            return new Party(registered.get("id"), login.get("access_token"));
        }

        /** Registered through the document's route, which signs in at once. */
        private Party customer() {
            Answer registered = send("POST", "/api/auth/register", null, Map.of("email", "orders-" + UUID.randomUUID()
                    + "@test.callout.dev", "password", ProbeTarget.PASSWORD, "name", "Ann Buyer"));
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            return new Party((String) map(registered.json().get("user")).get("id"),
                    (String) map(registered.json().get("session")).get("accessToken"));
        }

        @Override
        boolean inErrorFormat(Answer answer) {
            return inCanonicalEnvelope(answer);
        }

        @Override
        String worldId(String route, String variable) {
            return route.contains("/services/") ? service : route.contains("/content/") ? content : order;
        }

        @Override
        String unknownId(String variable) {
            return "job_01JNX4Q2V3M6YB8Z0N1R2S3T4U";
        }

        @Override
        Set<String> sharedByDesign() {
            // the catalogue is everyone's to read
            return Set.of("GET /api/services/{id}");
        }

        @Override
        Map<String, String> uploadFields(String route) {
            return Map.of("type", "image", "orderId", order);
        }

        @Override
        Set<String> spendingTheCaller() {
            return Set.of("POST /api/auth/logout");
        }

        @Override
        Map<String, Object> plausibleBody(String route) {
            return switch (route) {
                case "POST /api/auth/register" -> Map.of("email", "orders-" + UUID.randomUUID() + "@test.callout.dev",
                        "password", ProbeTarget.PASSWORD, "name", "Bo");
                case "POST /api/auth/login" -> Map.of("email", "nobody@test.callout.dev", "password", ProbeTarget.PASSWORD);
                case "POST /api/auth/refresh" -> Map.of("refreshToken", "rt_probe");
                case "PUT /api/users/profile" -> Map.of("bio", "probe", "name", "Ann Probe");
                case "POST /api/orders" -> orderBody();
                case "POST /api/payments/create-intent" -> Map.of("orderId", order, "amount", 1200);
                case "POST /api/payments/confirm" -> Map.of("paymentIntentId", "pi_3PrObEuNkNoWn0000000000");
                case "POST /api/webhooks/payment" -> Map.of("id", "evt_probe", "type", "payment_intent.succeeded",
                        "data", Map.of("object", Map.of("id", "pi_3PrObEuNkNoWn0000000000")));
                case "POST /api/webhooks/order" -> Map.of("id", "evt_probe", "type", "order.updated",
                        "data", Map.of("order", Map.of("id", order, "providerId", otherProvider.id()), "status", "accepted"));
                default -> null;
            };
        }

        @Override
        Map<String, Object> snapshot() {
            return read(customer, "/api/orders/" + order, "/api/orders", "/api/content/" + content, "/api/users/profile");
        }
    }
}
