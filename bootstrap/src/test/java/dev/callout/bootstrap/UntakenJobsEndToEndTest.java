package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code callout.dispatch.untaken-jobs-expire} on PostgreSQL with the real timers: a job nobody takes within
 * dispatch's last step expires as no_provider_found, or, with the policy off (Chayenity's gigs), stays open for
 * any provider to take. Each case runs its own application, since the policy is a setting of the deployment.
 */
class UntakenJobsEndToEndTest {

    @ParameterizedTest(name = "untaken-jobs-expire={0}")
    @ValueSource(booleans = {false, true})
    void aJobNobodyTookInTheLastStepExpiresOnlyWhereThePolicySays(boolean expire) {
        try (RunningCallout callout = RunningCallout.start(Map.of(
                "callout.dispatch.untaken-jobs-expire", expire,
                "callout.dispatch.batch-size", 1,
                "callout.dispatch.radii-km", List.of(1.0),
                "callout.dispatch.offer-timeout", "300ms",
                "callout.dispatch.timer-poll-interval", "50ms",
                "callout.dispatch.relay-poll-interval", "100ms"))) {
            Account customer = callout.customer();
            Account near = callout.provider("plumber");
            callout.patch("/api/v1/providers/me/availability", near.token(), "{\"status\": \"online\"}");
            assertThat(callout.patch("/api/v1/providers/me/location", near.token(),
                    "{\"lat\": 9.3005, \"lng\": 123.30}").status()).isEqualTo(200);
            Account far = callout.provider("plumber");

            try (SocketProbe socket = SocketProbe.connect(callout.server.getURL().toString(), near.token(),
                    callout.context.getBean(JsonMapper.class))) {
                socket.await("connected");
                Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                        {"category": "plumber", "description": "a leak", "location": {"lat": 9.30, "lng": 123.30},
                         "urgency": "immediate"}""");
                assertThat(posted.status()).as(posted.text()).isEqualTo(201);
                String job = posted.get("id");
                socket.await("job.offered", data -> job.equals(data.get("job_id")));

                TrustWorld.eventually(() -> callout.count("SELECT count(*) FROM timers WHERE job_id = ?", job), found -> found == 0);
                String status = callout.get("/api/v1/jobs/" + job, customer.token()).get("status");
                Reply taken = callout.post("/api/v1/jobs/" + job + "/accept", far.token(), null);
                if (expire) {
                    assertThat(status).isEqualTo("no_provider_found");
                    assertThat(taken.status()).as(taken.text()).isEqualTo(422);
                } else {
                    assertThat(status).as("past the last step, still open").isEqualTo("requested");
                    assertThat(taken.status()).as("any provider may take it: " + taken.text()).isEqualTo(200);
                }
            }
        }
    }
}
