package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** BlueWork's disputes (raised by a party, decided by an admin, refunds through the payments) and notifications. */
class DisputesAndNotificationsEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    private Reply raise(Account party, String jobId, String evidenceJson) {
        return callout.post("/api/v1/disputes", party.token(), """
                {"job_id": "%s", "reason": "Worker left without completing the repair.", "evidence_file_ids": %s}"""
                .formatted(jobId, evidenceJson));
    }

    @Test
    void aPartyDisputesOnceWithEvidenceAndAnAdminResolvesWithAPartialRefund() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "completed");
        String payment = callout.post("/api/v1/payments", customer.token(),
                "{\"job_id\": \"%s\", \"method\": \"cash\"}".formatted(jobId)).get("id");
        assertThat(callout.post("/api/v1/payments/" + payment + "/cash-confirm", provider.token(), null).status()).isEqualTo(200);
        String evidence = world.uploadImage(customer.token(), "dispute", jobId, TrustWorld.png()).get("id");

        try (SocketProbe providerSocket = SocketProbe.connect(callout.server.getURL().toString(), provider.token(), world.json())) {
            providerSocket.await("connected");
            Reply raised = raise(customer, jobId, "[\"" + evidence + "\"]");
            assertThat(raised.status()).as(raised.text()).isEqualTo(201);
            String disputeId = raised.get("id");
            assertThat(raised.get("status")).isEqualTo("open");
            assertThat(raised.get("raised_by")).isEqualTo(customer.id());
            assertThat(callout.get("/api/v1/jobs/" + jobId, customer.token()).get("status")).isEqualTo("disputed");
            providerSocket.await("dispute.updated", data -> disputeId.equals(data.get("dispute_id")) && "open".equals(data.get("status")));

            Reply second = raise(provider, jobId, "[]");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.errorCode()).isEqualTo("DISPUTE_ALREADY_EXISTS");

            assertThat(callout.get("/api/v1/disputes/" + disputeId, callout.customer().token()).status()).as("a stranger").isEqualTo(404);
            assertThat(callout.get("/api/v1/disputes/" + disputeId, provider.token()).status()).isEqualTo(200);
            assertThat(world.bytes("/api/v1/files/" + evidence, provider.token()).statusCode()).as("the other party sees evidence").isEqualTo(200);
            assertThat(callout.get("/api/v1/disputes", provider.token()).data()).extracting(d -> d.get("id")).containsExactly(disputeId);
            assertThat(callout.patch("/api/v1/disputes/" + disputeId, customer.token(), "{\"status\": \"under_review\"}").status())
                    .isEqualTo(403);

            Account admin = callout.admin();
            TrustWorld.eventually(() -> notifications(admin, "dispute_opened"),
                    list -> list.stream().anyMatch(n -> disputeId.equals(TrustWorld.map(n.get("payload")).get("dispute_id"))));

            Reply reviewing = callout.patch("/api/v1/disputes/" + disputeId, admin.token(), "{\"status\": \"under_review\"}");
            assertThat(reviewing.get("status")).isEqualTo("under_review");
            Reply tooMuch = callout.patch("/api/v1/disputes/" + disputeId, admin.token(), """
                    {"status": "resolved", "action": "partial_refund", "amount": {"amount": "900.00"}}""");
            assertThat(tooMuch.status()).isEqualTo(422);
            assertThat(tooMuch.errorCode()).isEqualTo("REFUND_EXCEEDS_PAYMENT");

            Reply resolved = callout.patch("/api/v1/disputes/" + disputeId, admin.token(), """
                    {"status": "resolved", "action": "partial_refund", "amount": {"amount": "300.00", "currency": "PHP"},
                     "resolution": "Half the repair was left undone."}""");
            assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
            assertThat(resolved.get("status")).isEqualTo("resolved");
            assertThat(resolved.get("resolved_by")).isEqualTo(admin.id());
            assertThat(resolved.get("resolution")).isEqualTo("Half the repair was left undone.");
            assertThat(TrustWorld.map(resolved.json().get("refund")).get("amount")).isEqualTo("300.00");
            assertThat(callout.get("/api/v1/payments/" + payment, customer.token()).get("status")).isEqualTo("partially_refunded");
            providerSocket.await("dispute.updated", data -> "resolved".equals(data.get("status")));

            Reply again = callout.patch("/api/v1/disputes/" + disputeId, admin.token(), "{\"action\": \"full_refund\"}");
            assertThat(again.status()).isEqualTo(422);
            assertThat(callout.get("/api/v1/payments/" + payment, customer.token()).get("status")).isEqualTo("partially_refunded");
            TrustWorld.eventually(() -> notifications(customer, "dispute_resolved"), list -> list.size() == 1);
        }
    }

    @Test
    void onlyWorkInProgressOrRecentlyCompletedIsDisputable() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String accepted = world.job(customer, provider, "accepted");
        Reply early = raise(customer, accepted, "[]");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorCode()).isEqualTo("JOB_NOT_DISPUTABLE");
        assertThat(raise(callout.customer(), accepted, "[]").status()).as("a stranger").isEqualTo(404);

        String working = world.job(customer, provider, "in_progress");
        String strangersFile = world.uploadImage(callout.customer().token(), "profile", null, TrustWorld.png()).get("id");
        Reply foreignEvidence = raise(provider, working, "[\"" + strangersFile + "\"]");
        assertThat(foreignEvidence.status()).isEqualTo(400);
        assertThat(foreignEvidence.errorFields()).containsKey("evidence_file_ids");
        Reply byProvider = raise(provider, working, "[]");
        assertThat(byProvider.status()).isEqualTo(201);

        Account admin = callout.admin();
        Reply decided = callout.patch("/api/v1/disputes/" + byProvider.get("id"), admin.token(), """
                {"status": "resolved", "action": "provider_warning", "resolution": "Warned about leaving early"}""");
        assertThat(decided.get("action")).isEqualTo("provider_warning");
        assertThat(decided.get("review_started_at")).isNotNull();
    }

    @Test
    void movingAJobToDisputedRaisesItsDisputeWithTheReason() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "in_progress");
        String status = "/api/v1/jobs/" + jobId + "/status";

        Reply noReason = callout.patch(status, customer.token(), "{\"status\": \"disputed\"}");
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsOnlyKeys("reason");
        assertThat(callout.patch(status, callout.customer().token(), "{\"status\": \"disputed\", \"reason\": \"Not mine.\"}")
                .status()).as("a stranger").isEqualTo(404);
        assertThat(callout.get("/api/v1/jobs/" + jobId, customer.token()).get("status")).as("the refusals changed nothing")
                .isEqualTo("in_progress");

        Reply moved = callout.patch(status, provider.token(), "{\"status\": \"disputed\", \"reason\": \"The customer refuses entry.\"}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.get("status")).isEqualTo("disputed");
        List<Map<String, Object>> disputes = callout.get("/api/v1/disputes", customer.token()).data();
        assertThat(disputes).singleElement().satisfies(dispute -> {
            assertThat(dispute.get("job_id")).isEqualTo(jobId);
            assertThat(dispute.get("raised_by")).isEqualTo(provider.id());
            assertThat(dispute.get("reason")).isEqualTo("The customer refuses entry.");
            assertThat(dispute.get("status")).isEqualTo("open");
        });
        Reply again = callout.patch(status, customer.token(), "{\"status\": \"disputed\", \"reason\": \"Me too.\"}");
        assertThat(again.errorCode()).isEqualTo("DISPUTE_ALREADY_EXISTS");
    }

    @Test
    void partiesAreNotifiedOncePerEventEvenWhenTheEventIsDeliveredAgain() throws Exception {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        try (SocketProbe customerSocket = SocketProbe.connect(callout.server.getURL().toString(), customer.token(), world.json())) {
            customerSocket.await("connected");
            String jobId = world.job(customer, provider, "completed");
            SocketProbe.Frame frame = customerSocket.await("notification.created", data -> "job_completed".equals(data.get("type")));
            assertThat(TrustWorld.map(frame.data().get("payload")).get("job_id")).isEqualTo(jobId);

            List<Map<String, Object>> all = TrustWorld.eventually(() -> notifications(customer, null),
                    list -> list.stream().map(n -> n.get("type")).toList().containsAll(List.of("job_accepted", "job_started", "job_completed")));
            assertThat(all).hasSize(3);

            // a node that handled the events but died before marking them delivered: every event comes again
            try (Connection connection = database().getConnection();
                 PreparedStatement again = connection.prepareStatement(
                         "UPDATE outbox SET published_at = NULL, next_attempt_at = NULL, handlers_left = '{}' WHERE subject_id = ?")) {
                again.setString(1, jobId);
                assertThat(again.executeUpdate()).isGreaterThanOrEqualTo(3);
            }
            TrustWorld.eventually(() -> redelivered(jobId), done -> done);
            assertThat(notifications(customer, null)).hasSize(3);
        }

        Reply unread = callout.get("/api/v1/notifications?read=false", customer.token());
        assertThat(unread.data()).hasSize(3);
        String first = (String) unread.data().getFirst().get("id");
        assertThat(callout.patch("/api/v1/notifications/" + first + "/read", callout.customer().token(), null).status())
                .as("another user's notification").isEqualTo(404);
        assertThat(callout.patch("/api/v1/notifications/" + first + "/read", customer.token(), null).json().get("read")).isEqualTo(true);
        assertThat(callout.get("/api/v1/notifications?read=true", customer.token()).data()).hasSize(1);
        assertThat(callout.patch("/api/v1/notifications/read-all", customer.token(), null).json().get("marked_read")).isEqualTo(2);
        assertThat(callout.get("/api/v1/notifications?read=false", customer.token()).data()).isEmpty();
    }

    /** The pool itself, outside Micronaut Data's transaction-bound view of it. */
    private DataSource database() {
        return callout.context.getBean(DataSourceResolver.class).resolve(callout.context.getBean(DataSource.class));
    }

    private boolean redelivered(String jobId) {
        try (Connection connection = database().getConnection();
             PreparedStatement pending = connection.prepareStatement(
                     "SELECT count(*) FROM outbox WHERE subject_id = ? AND published_at IS NULL")) {
            pending.setString(1, jobId);
            try (var rows = pending.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> notifications(Account account, String type) {
        return callout.get("/api/v1/notifications?limit=100", account.token()).data().stream()
                .filter(n -> type == null || type.equals(n.get("type"))).toList();
    }
}
