package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * OWASP API3:2023 Broken Object Property Level Authorization. Mass assignment: properties a caller
 * may not set (role, status, rating, ids, prices, fees, amounts) in request bodies are refused or
 * ignored, and reading the resource back proves nothing changed. Excessive exposure: no answer
 * carries a password hash or another party's secrets.
 */
class Api3PropertyLevelAuthorizationProbeTest {

    private final ProbeTarget target = ProbeTarget.get();

    /** A job's customer and provider, at {@code status}, and a provider with no part in it. */
    private record Parties(User customer, User provider, User outsider, String jobId) {
    }

    private Parties parties(String status) {
        User customer = target.customer();
        User provider = target.provider("plumber");
        return new Parties(customer, provider, target.provider("plumber"), target.job(customer, provider, status));
    }

    private Answer send(String method, String path, User user, Map<String, Object> body) {
        return target.send(method, path, user == null ? null : user.token(), target.json(body));
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void signingUpCannotChooseARoleStatusRatingOrId() {
        Answer admin = send("POST", "/api/v1/auth/register", null, body("role", "admin", "name", "Mallory",
                "email", "mallory-" + UUID.randomUUID() + "@test.callout.dev", "password", "long enough pw"));
        assertThat(admin.status()).isEqualTo(400);
        assertThat(admin.errorFields()).containsKey("role");

        String email = "eve-" + UUID.randomUUID() + "@test.callout.dev";
        Answer eve = send("POST", "/api/v1/auth/register", null, body("role", "customer", "name", "Eve", "email", email,
                "password", "long enough pw", "status", "active", "id", "usr_01JNX4Q2V3M6YB8Z0N1R2S3T4U", "verified", true,
                "rating", 5, "roles", List.of("admin"), "created_at", "2020-01-01T00:00:00Z"));
        assertThat(eve.status()).as(eve.text()).isEqualTo(201);
        assertThat(eve.get("id")).isNotEqualTo("usr_01JNX4Q2V3M6YB8Z0N1R2S3T4U");
        assertThat(eve.get("role")).isEqualTo("customer");
        assertThat(eve.get("status")).isEqualTo("pending_verification");
        Answer login = send("POST", "/api/v1/auth/login", null, body("identifier", email, "password", "long enough pw"));
        assertThat(login.status()).as("still unverified").isEqualTo(403);
        assertThat(login.text()).doesNotContain("access_token\":\"");
    }

    @Test
    void aProfileChangeCannotChangeRoleStatusIdOrProviderStanding() {
        User provider = target.provider("plumber");
        String before = target.send("GET", "/api/v1/users/me", provider.token(), null).text();
        Answer changed = send("PATCH", "/api/v1/users/me", provider, body("role", "admin", "status", "suspended",
                "id", "usr_01JNX4Q2V3M6YB8Z0N1R2S3T4U", "rating", 5, "total_reviews", 999, "categories", List.of("towing"),
                "created_at", "2020-01-01T00:00:00Z", "password_hash", "x"));
        assertThat(changed.status()).as(changed.text()).isIn(200, 400);
        assertThat(target.send("GET", "/api/v1/users/me", provider.token(), null).text()).isEqualTo(before);
        assertThat(target.send("GET", "/api/v1/users", provider.token(), null).status()).as("not an admin now").isEqualTo(403);
    }

    @Test
    void aJobCannotBePostedWithItsStatusProviderCustomerOrPrice() {
        User customer = target.customer();
        User provider = target.provider("plumber");
        User someoneElse = target.customer();
        Answer posted = send("POST", "/api/v1/jobs", customer, body("category", "plumber", "urgency", "immediate",
                "location", body("lat", 14.5547, "lng", 121.0244), "status", "completed", "provider_id", provider.id(),
                "customer_id", someoneElse.id(), "id", "job_01JNX4Q2V3M6YB8Z0N1R2S3T4U",
                "price", body("total", body("amount", "1.00", "currency", "PHP"), "platform_fee", body("amount", "0.00", "currency", "PHP")),
                "platform_fee_rate", "0"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        Map<String, Object> job = target.send("GET", "/api/v1/jobs/" + posted.get("id"), customer.token(), null).json();
        assertThat(job).containsEntry("status", "requested").containsEntry("customer_id", customer.id()).containsEntry("provider_id", null);
        assertThat(job.get("id")).isNotEqualTo("job_01JNX4Q2V3M6YB8Z0N1R2S3T4U");
        Map<?, ?> price = (Map<?, ?>) job.get("price");
        assertThat(((Map<?, ?>) price.get("total")).get("amount")).isNotEqualTo("1.00");
        assertThat(target.send("GET", "/api/v1/jobs/" + posted.get("id"), someoneElse.token(), null).status()).isEqualTo(404);
    }

    @Test
    void aStatusChangeCannotReassignTheJob() {
        Parties job = parties("accepted");
        Answer moved = send("PATCH", "/api/v1/jobs/" + job.jobId() + "/status", job.provider(), body("status", "in_progress",
                "provider_id", job.outsider().id(), "customer_id", job.outsider().id(),
                "price", body("total", body("amount", "1.00"))));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        Map<String, Object> stored = target.send("GET", "/api/v1/jobs/" + job.jobId(), job.customer().token(), null).json();
        assertThat(stored).containsEntry("provider_id", job.provider().id()).containsEntry("customer_id", job.customer().id());
        assertThat(target.send("GET", "/api/v1/jobs/" + job.jobId(), job.outsider().token(), null).status()).isEqualTo(404);
    }

    @Test
    void aPaymentCannotChooseItsAmountFeeStatusOrPayee() {
        Parties job = parties("completed");
        Answer cheaper = send("POST", "/api/v1/payments", job.customer(),
                body("job_id", job.jobId(), "method", "cash", "amount", "1.00"));
        assertThat(cheaper.status()).as(cheaper.text()).isEqualTo(422);
        assertThat(cheaper.errorCode()).isEqualTo("AMOUNT_MISMATCH");
        Answer paid = send("POST", "/api/v1/payments", job.customer(), body("job_id", job.jobId(), "method", "cash",
                "status", "completed", "provider_id", job.outsider().id(), "platform_fee", "0.00", "provider_net", "850.00", "refunded", "0.00"));
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        Map<String, Object> payment = target.send("GET", "/api/v1/payments/" + paid.get("id"), job.customer().token(), null).json();
        assertThat(payment).containsEntry("status", "pending").containsEntry("provider_id", job.provider().id());
        assertThat(((Map<?, ?>) payment.get("platform_fee")).get("amount")).isNotEqualTo("0.00");
        assertThat(target.send("GET", "/api/v1/payments/" + paid.get("id"), job.outsider().token(), null).status()).isEqualTo(404);
    }

    @Test
    void aReviewCannotChooseWhoWroteItOrWhomItIsAbout() {
        Parties job = parties("completed");
        Answer review = send("POST", "/api/v1/reviews", job.customer(), body("job_id", job.jobId(), "rating", 5,
                "reviewer_id", job.provider().id(), "reviewee_id", job.outsider().id(), "revealed", true));
        assertThat(review.status()).as(review.text()).isEqualTo(201);
        assertThat(review.json()).containsEntry("reviewer_id", job.customer().id()).containsEntry("reviewee_id", job.provider().id());
        Answer rating = send("POST", "/api/v1/reviews", job.customer(), body("job_id", job.jobId(), "rating", 50));
        assertThat(rating.status()).isIn(400, 409);
        Answer aboutTheOutsider = target.send("GET", "/api/v1/users/" + job.outsider().id() + "/reviews", job.customer().token(), null);
        assertThat(aboutTheOutsider.json()).containsEntry("total_count", 0);
    }

    @Test
    void answersCarryNoPasswordHashesNorAnotherPartysSecrets() {
        World world = World.get();
        User customer = target.customer();
        String jobId = target.job(customer, world.provider, "accepted");
        Answer card = send("POST", "/api/v1/payments", customer, body("job_id", jobId, "method", "card"));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        assertThat(card.json()).containsKey("client_secret");
        Answer asProvider = target.send("GET", "/api/v1/payments/" + card.get("id"), world.provider.token(), null);
        assertThat(asProvider.status()).isEqualTo(200);
        assertThat(asProvider.json().get("client_secret")).as("the client secret is the customer's").isNull();

        for (Answer answer : List.of(target.send("GET", "/api/v1/users/me", customer.token(), null),
                target.send("GET", "/api/v1/users/" + customer.id(), world.admin.token(), null),
                target.send("GET", "/api/v1/users", world.admin.token(), null),
                target.send("GET", "/api/v1/jobs/" + jobId, world.provider.token(), null),
                send("POST", "/api/v1/auth/login", null, body("identifier", customer.email(), "password", ProbeTarget.PASSWORD)))) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).doesNotContain("password", "$argon2", "hash", ProbeTarget.PASSWORD);
        }
    }
}
