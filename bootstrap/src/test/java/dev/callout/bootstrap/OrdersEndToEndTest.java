package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Job timelines over HTTP, on PostgreSQL. */
class OrdersEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final TrustWorld world = new TrustWorld();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> timeline(Reply job) {
        return (List<Map<String, Object>>) job.json().get("timeline");
    }

    @Test
    void aJobsTimelineShowsEveryStepWithItsActorToItsPartiesOnly() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        Account other = callout.provider("plumber");
        String requested = world.job(customer, provider, "requested");
        assertThat(timeline(callout.get("/api/v1/jobs/" + requested, other.token())))
                .as("a provider the open job is offered to").isNull();

        String jobId = world.job(customer, provider, "completed");

        Reply job = callout.get("/api/v1/jobs/" + jobId, customer.token());
        assertThat(job.status()).as(job.text()).isEqualTo(200);
        assertThat(timeline(job)).extracting(step -> step.get("status"), step -> step.get("actor_id"), step -> step.get("actor_role"))
                .containsExactly(
                        tuple("requested", customer.id(), "customer"),
                        tuple("accepted", provider.id(), "provider"),
                        tuple("in_progress", provider.id(), "provider"),
                        tuple("completed", provider.id(), "provider"));
        assertThat(timeline(job).getLast().get("at")).isEqualTo(job.get("completed_at"));
        assertThat(timeline(callout.get("/api/v1/jobs/" + jobId, callout.admin().token()))).hasSize(4);
        assertThat(callout.get("/api/v1/jobs/" + jobId, other.token()).status()).isEqualTo(404);
    }
}
