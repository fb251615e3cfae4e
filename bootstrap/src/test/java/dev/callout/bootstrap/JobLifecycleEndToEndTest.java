package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer posts a job, a provider accepts, travels, works and completes it, over HTTP. */
class JobLifecycleEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();

    private static final String PLUMBING_JOB = """
            {"category": "plumber", "description": "Leaking pipe under kitchen sink.",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"},
             "urgency": "immediate"}""";

    @Test
    void aJobGoesFromPostToCompletion() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");

        Reply me = callout.get("/api/v1/users/me", customer.token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("id", customer.id()).containsEntry("role", "customer")
                .containsEntry("email", customer.email()).doesNotContainKey("password_hash");

        Reply quote = callout.post("/api/v1/jobs/quote", customer.token(), PLUMBING_JOB);
        assertThat(quote.status()).isEqualTo(200);

        Reply posted = callout.post("/api/v1/jobs", customer.token(), PLUMBING_JOB);
        assertThat(posted.status()).isEqualTo(201);
        String jobId = posted.get("id");
        assertThat(jobId).startsWith("job_");
        assertThat(posted.json()).containsEntry("status", "requested").containsEntry("customer_id", customer.id())
                .containsEntry("provider_id", null).containsEntry("urgency", "immediate");
        assertThat(posted.json().get("price")).as("a quote and the posted price are the same function")
                .isEqualTo(quote.json().get("price"));
        @SuppressWarnings("unchecked")
        Map<String, Object> price = (Map<String, Object>) posted.json().get("price");
        assertThat(price).containsEntry("basis", "tariff").containsEntry("platform_fee_rate", "0.05");
        assertThat((Map<String, Object>) price.get("total")).containsEntry("currency", "PHP");

        Reply openForProvider = callout.get("/api/v1/jobs?status=requested&category=plumber&limit=100", provider.token());
        assertThat(openForProvider.data()).extracting(job -> job.get("id")).contains(jobId);

        Reply accepted = callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json()).containsEntry("status", "accepted").containsEntry("provider_id", provider.id());
        assertThat(accepted.get("accepted_at")).isNotNull();

        for (String status : new String[] {"en_route", "in_progress", "completed"}) {
            Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(),
                    "{\"status\": \"" + status + "\"}");
            assertThat(moved.status()).as(status).isEqualTo(200);
            assertThat(moved.get("status")).isEqualTo(status);
        }

        Reply done = callout.get("/api/v1/jobs/" + jobId, customer.token());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.get("status")).isEqualTo("completed");
        Instant acceptedAt = Instant.parse(done.get("accepted_at"));
        Instant startedAt = Instant.parse(done.get("started_at"));
        Instant completedAt = Instant.parse(done.get("completed_at"));
        assertThat(acceptedAt).isBeforeOrEqualTo(startedAt);
        assertThat(startedAt).isBeforeOrEqualTo(completedAt);

        Reply mine = callout.get("/api/v1/jobs", customer.token());
        assertThat(mine.data()).extracting(job -> job.get("id")).containsExactly(jobId);
        assertThat(mine.json().get("meta")).isEqualTo(Map.of("page", 1, "limit", 20, "total", 1));
        Reply assigned = callout.get("/api/v1/jobs?status=completed", provider.token());
        assertThat(assigned.data()).extracting(job -> job.get("id")).containsExactly(jobId);
    }

    @Test
    void aTowWithADropoffIsPricedByDistanceAndABudgetSetsAGigsPrice() {
        Account customer = callout.customer();
        Reply tow = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "towing", "location": {"lat": 14.5869, "lng": 121.0567},
                 "dropoff": {"lat": 14.6091, "lng": 121.0223, "address": "AutoFix"}, "urgency": "immediate"}""");
        assertThat(tow.status()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> towPrice = (Map<String, Object>) tow.json().get("price");
        assertThat(towPrice.get("distance_km")).isNotEqualTo("0.000");
        assertThat((Map<String, Object>) towPrice.get("distance_charge")).doesNotContainEntry("amount", "0.00");

        Reply gig = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "moving_help", "location": {"lat": 13.7563, "lng": 100.5018}, "urgency": "scheduled",
                 "scheduled_at": "%s", "budget": {"amount": 1500}}""".formatted(Instant.now().plusSeconds(86_400)));
        assertThat(gig.status()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> gigPrice = (Map<String, Object>) gig.json().get("price");
        assertThat(gigPrice).containsEntry("basis", "budget")
                .containsEntry("total", Map.of("amount", "1500.00", "currency", "PHP"))
                .containsEntry("platform_fee", Map.of("amount", "75.00", "currency", "PHP"))
                .containsEntry("provider_net", Map.of("amount", "1425.00", "currency", "PHP"));
    }

    @Test
    void theCustomerCancelsAnOpenJobAndAProviderWithdrawingReopensIt() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String first = callout.post("/api/v1/jobs", customer.token(), PLUMBING_JOB).get("id");
        Reply cancelled = callout.patch("/api/v1/jobs/" + first + "/status", customer.token(),
                "{\"status\": \"cancelled\", \"reason\": \"fixed it myself\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("status", "cancelled").containsEntry("cancellation_reason", "fixed it myself");

        String second = callout.post("/api/v1/jobs", customer.token(), PLUMBING_JOB).get("id");
        callout.post("/api/v1/jobs/" + second + "/accept", provider.token(), null);
        Reply withdrawn = callout.patch("/api/v1/jobs/" + second + "/status", provider.token(), "{\"status\": \"cancelled\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json()).containsEntry("status", "requested").containsEntry("provider_id", null);
        Reply again = callout.post("/api/v1/jobs/" + second + "/accept", provider.token(), null);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.errorCode()).isEqualTo("PROVIDER_EXCLUDED");
        Reply other = callout.post("/api/v1/jobs/" + second + "/accept", callout.provider("plumber").token(), null);
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void theSecondAcceptIsRefusedAsAlreadyTaken() {
        Account customer = callout.customer();
        String jobId = callout.post("/api/v1/jobs", customer.token(), PLUMBING_JOB).get("id");
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", callout.provider("plumber").token(), null).status())
                .isEqualTo(200);
        Reply late = callout.post("/api/v1/jobs/" + jobId + "/accept", callout.provider("plumber").token(), null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.errorCode()).isEqualTo("JOB_ALREADY_TAKEN");
    }
}
