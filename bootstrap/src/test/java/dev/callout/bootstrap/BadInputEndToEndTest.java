package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rejected request answers with the error envelope and writes nothing. */
class BadInputEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();

    private static final String VALID_JOB = """
            {"category": "plumber", "location": {"lat": 14.5547, "lng": 121.0244}, "urgency": "immediate"}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON            | {"category": "plumber",                                                                      | MALFORMED_REQUEST |
            wrong type for lat        | {"category": "plumber", "location": {"lat": "north", "lng": 121.0}, "urgency": "immediate"}  | MALFORMED_REQUEST |
            missing location          | {"category": "plumber", "urgency": "immediate"}                                              | VALIDATION_ERROR  | location
            latitude out of range     | {"category": "plumber", "location": {"lat": 91, "lng": 121.0}, "urgency": "immediate"}       | VALIDATION_ERROR  | location.lat
            longitude out of range    | {"category": "plumber", "location": {"lat": 14, "lng": -181}, "urgency": "immediate"}        | VALIDATION_ERROR  | location.lng
            unknown category          | {"category": "astrology", "location": {"lat": 14, "lng": 121}, "urgency": "immediate"}       | VALIDATION_ERROR  | category
            unknown urgency           | {"category": "plumber", "location": {"lat": 14, "lng": 121}, "urgency": "whenever"}          | VALIDATION_ERROR  | urgency
            scheduled without a time  | {"category": "plumber", "location": {"lat": 14, "lng": 121}, "urgency": "scheduled"}         | VALIDATION_ERROR  | scheduled_at
            budget in another currency| {"category": "plumber", "location": {"lat": 14, "lng": 121}, "urgency": "immediate", "budget": {"amount": "10.00", "currency": "EUR"}} | VALIDATION_ERROR | budget.currency
            budget with 3 decimals    | {"category": "plumber", "location": {"lat": 14, "lng": 121}, "urgency": "immediate", "budget": {"amount": "10.001"}} | VALIDATION_ERROR | budget.amount
            negative budget           | {"category": "plumber", "location": {"lat": 14, "lng": 121}, "urgency": "immediate", "budget": {"amount": -5}} | VALIDATION_ERROR | budget.amount
            """)
    void aBadJobIsRefusedWithTheEnvelopeAndNothingIsStored(String name, String body, String code, String field) {
        Account customer = callout.customer();
        Reply reply = callout.post("/api/v1/jobs", customer.token(), body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo(code);
        assertThat((String) ((Map<?, ?>) reply.json().get("error")).get("message")).isNotBlank();
        if (field != null) {
            assertThat(reply.errorFields()).containsKey(field);
        }
        assertThat(callout.get("/api/v1/jobs", customer.token()).json().get("meta"))
                .isEqualTo(Map.of("page", 1, "limit", 20, "total", 0));
    }

    @Test
    void aScheduledTimeInThePastBreaksARule() {
        Account customer = callout.customer();
        Reply reply = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "plumber", "location": {"lat": 14, "lng": 121}, "urgency": "scheduled",
                 "scheduled_at": "2020-01-01T00:00:00Z"}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorCode()).isEqualTo("SCHEDULED_TIME_INVALID");
    }

    @Test
    void anIllegalTransitionIs422AndChangesNothing() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = callout.post("/api/v1/jobs", customer.token(), VALID_JOB).get("id");
        callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null);

        Reply skipping = callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"completed\"}");
        assertThat(skipping.status()).isEqualTo(422);
        assertThat(skipping.errorCode()).isEqualTo("INVALID_TRANSITION");
        Reply customerCompleting = callout.patch("/api/v1/jobs/" + jobId + "/status", customer.token(), "{\"status\": \"en_route\"}");
        assertThat(customerCompleting.status()).isEqualTo(403);
        assertThat(customerCompleting.errorCode()).isEqualTo("FORBIDDEN");
        Reply unknownStatus = callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"teleported\"}");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.errorFields()).containsKey("status");

        assertThat(callout.get("/api/v1/jobs/" + jobId, customer.token()).get("status")).isEqualTo("accepted");
    }

    @Test
    void someoneElsesJobIsNotFound() {
        Account owner = callout.customer();
        Account stranger = callout.customer();
        Account otherProvider = callout.provider("electrician");
        String jobId = callout.post("/api/v1/jobs", owner.token(), VALID_JOB).get("id");

        for (Account outsider : new Account[] {stranger, otherProvider}) {
            Reply read = callout.get("/api/v1/jobs/" + jobId, outsider.token());
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.errorCode()).isEqualTo("JOB_NOT_FOUND");
        }
        Reply cancel = callout.patch("/api/v1/jobs/" + jobId + "/status", stranger.token(), "{\"status\": \"cancelled\"}");
        assertThat(cancel.status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/jobs", stranger.token()).data()).isEmpty();
        assertThat(callout.get("/api/v1/jobs/" + jobId, owner.token()).get("status")).isEqualTo("requested");
        assertThat(callout.get("/api/v1/jobs/job_doesnotexist", owner.token()).status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/jobs/not-an-id", owner.token()).status()).isEqualTo(404);
    }

    @Test
    void aRoleThatMayNotActIsForbidden() {
        Account provider = callout.provider("plumber");
        Reply posting = callout.post("/api/v1/jobs", provider.token(), VALID_JOB);
        assertThat(posting.status()).isEqualTo(403);
        assertThat(posting.errorCode()).isEqualTo("FORBIDDEN");

        Account customer = callout.customer();
        String jobId = callout.post("/api/v1/jobs", customer.token(), VALID_JOB).get("id");
        Reply accepting = callout.post("/api/v1/jobs/" + jobId + "/accept", customer.token(), null);
        assertThat(accepting.status()).isEqualTo(403);
        Reply wrongCategory = callout.post("/api/v1/jobs/" + jobId + "/accept", callout.provider("towing").token(), null);
        assertThat(wrongCategory.status()).isEqualTo(403);
        assertThat(wrongCategory.errorCode()).isEqualTo("CATEGORY_NOT_SERVED");
    }

    @Test
    void missingOrForgedTokensAre401AndUnknownRoutes404() {
        Reply anonymous = callout.get("/api/v1/jobs", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");

        String token = callout.customer().token();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(callout.get("/api/v1/users/me", forged).status()).isEqualTo(401);
        assertThat(callout.get("/api/v1/users/me", "not-a-jwt").status()).isEqualTo(401);

        Reply nowhere = callout.get("/api/v1/nowhere", token);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void registrationRefusesBadInputAndNeverMakesAnAdmin() {
        Reply admin = callout.post("/api/v1/auth/register", null, """
                {"role": "admin", "name": "Mallory", "email": "mallory@test.callout.dev", "password": "long enough pw"}""");
        assertThat(admin.status()).isEqualTo(400);
        assertThat(admin.errorFields()).containsKey("role");

        Reply weak = callout.post("/api/v1/auth/register", null, """
                {"role": "customer", "name": "Weak", "email": "not-an-email", "password": "short"}""");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.errorFields()).containsKeys("email", "password");

        Reply massAssignment = callout.post("/api/v1/auth/register", null, """
                {"role": "customer", "name": "Eve", "email": "eve-%s@test.callout.dev", "password": "long enough pw",
                 "status": "suspended", "id": "usr_chosen", "verified": true}""".formatted(System.nanoTime()));
        assertThat(massAssignment.status()).isEqualTo(201);
        assertThat(massAssignment.get("id")).isNotEqualTo("usr_chosen");
        assertThat(massAssignment.get("status")).isEqualTo("pending_verification");

        Account existing = callout.customer();
        Reply duplicate = callout.post("/api/v1/auth/register", null, """
                {"role": "customer", "name": "Twin", "email": "%s", "password": "long enough pw"}""".formatted(existing.email()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("EMAIL_TAKEN");

        Reply wrongPassword = callout.post("/api/v1/auth/login", null,
                "{\"identifier\": \"%s\", \"password\": \"wrong password\"}".formatted(existing.email()));
        Reply unknownUser = callout.post("/api/v1/auth/login", null,
                "{\"identifier\": \"nobody@test.callout.dev\", \"password\": \"wrong password\"}");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.json()).isEqualTo(unknownUser.json());
    }
}
