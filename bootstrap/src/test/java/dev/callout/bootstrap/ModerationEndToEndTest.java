package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.FileContents;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An admin's hard delete of a job over HTTP on PostgreSQL: all of it goes, audited and told, unless money moved. */
class ModerationEndToEndTest {

    private static final double ILOILO_LAT = 10.7202;
    private static final double ILOILO_LNG = 122.5621;

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;
    private final String base = callout.server.getURL().toString();

    private Reply delete(String jobId, Account caller, String query) {
        return callout.send("DELETE", "/api/v1/jobs/" + jobId + query, caller.token(), null);
    }

    private SocketProbe connect(Account account) {
        SocketProbe socket = SocketProbe.connect(base, account.token(), world.json());
        socket.await("connected");
        return socket;
    }

    @Test
    void anAdminDeletesAJobWithItsChatAndPhotosAndBothPartiesAreTold() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        Account admin = callout.admin();
        String jobId = world.job(customer, provider, "accepted");
        String photo = world.uploadImage(customer.token(), "job", jobId, TrustWorld.png()).get("id");
        Reply sent = callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(),
                "{\"content\": \"here is the leak\", \"image_file_id\": \"" + photo + "\"}");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);

        try (SocketProbe customerSocket = connect(customer); SocketProbe providerSocket = connect(provider)) {
            for (Account party : List.of(customer, provider)) {
                Reply refused = delete(jobId, party, "");
                assertThat(refused.status()).as(refused.text()).isEqualTo(403);
                assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
            }
            assertThat(callout.get("/api/v1/jobs/" + jobId, customer.token()).status()).isEqualTo(200);

            Reply deleted = delete(jobId, admin, "?reason=spam%20posting");
            assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);

            customerSocket.await("job.deleted", data -> jobId.equals(data.get("job_id")));
            providerSocket.await("job.deleted", data -> jobId.equals(data.get("job_id"))
                    && provider.id().equals(data.get("provider_id")));
        }
        for (Account reader : List.of(customer, provider, admin)) {
            Reply gone = callout.get("/api/v1/jobs/" + jobId, reader.token());
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.errorCode()).isEqualTo("JOB_NOT_FOUND");
        }
        assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", customer.token()).status()).isEqualTo(404);
        assertThat(world.bytes("/api/v1/files/" + photo, customer.token()).statusCode()).isEqualTo(404);
        assertThat(callout.context.getBean(FileContents.class).read(photo)).as("the photo's bytes").isEmpty();
        assertThat(count("SELECT count(*) FROM messages WHERE job_id = ?", jobId)).isZero();
        assertThat(callout.get("/api/v1/conversations", customer.token()).data()).extracting(thread -> thread.get("job_id"))
                .doesNotContain(jobId);

        Reply sentAfter = callout.post("/api/v1/jobs/" + jobId + "/messages", provider.token(), "{\"content\": \"hello?\"}");
        assertThat(sentAfter.status()).isEqualTo(404);
        assertThat(sentAfter.errorCode()).isEqualTo("JOB_NOT_FOUND");

        assertThat(audit(admin, jobId)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("action", "job.deleted").containsEntry("actor_id", admin.id()).containsEntry("note", "spam posting"));
        Reply again = delete(jobId, admin, "");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("JOB_NOT_FOUND");
    }

    @Test
    void deletingAnOpenJobWithdrawsItsOfferAndStopsItsDispatch() {
        Account customer = callout.customer();
        Account provider = callout.provider("electrician");
        assertThat(callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}").status())
                .isEqualTo(200);
        assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(ILOILO_LAT + 0.01, ILOILO_LNG)).status()).isEqualTo(200);

        try (SocketProbe providerSocket = connect(provider)) {
            Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                    {"category": "electrician", "description": "Sparks from the socket",
                     "location": {"lat": %s, "lng": %s, "address": "Iznart St, Iloilo"}, "urgency": "immediate"}"""
                    .formatted(ILOILO_LAT, ILOILO_LNG));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            String jobId = posted.get("id");
            providerSocket.await("job.offered", data -> jobId.equals(data.get("job_id")));
            assertThat(count("SELECT count(*) FROM timers WHERE job_id = ?", jobId)).as("the offer's timer").isPositive();

            assertThat(delete(jobId, callout.admin(), "").status()).isEqualTo(204);

            SocketProbe.Frame withdrawn = providerSocket.await("job.offer_withdrawn", data -> jobId.equals(data.get("job_id")));
            assertThat(withdrawn.data()).containsEntry("reason", "deleted").containsEntry("provider_id", provider.id());
            assertThat(count("SELECT count(*) FROM timers WHERE job_id = ?", jobId)).isZero();
            assertThat(count("SELECT count(*) FROM dispatch_rounds WHERE job_id = ?", jobId)).isZero();
            Reply accepted = callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null);
            assertThat(accepted.status()).isEqualTo(404);
            assertThat(accepted.errorCode()).isEqualTo("JOB_NOT_FOUND");
        }
    }

    @Test
    void aJobThatMoneyTouchedIsKept() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        Account admin = callout.admin();
        String jobId = world.job(customer, provider, "completed");
        Reply paid = callout.post("/api/v1/payments", customer.token(), "{\"job_id\": \"%s\", \"method\": \"cash\"}".formatted(jobId));
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);

        Reply refused = delete(jobId, admin, "?reason=fraud");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("JOB_HAS_PAYMENTS");
        assertThat(callout.get("/api/v1/jobs/" + jobId, customer.token()).get("status")).isEqualTo("completed");
        assertThat(callout.get("/api/v1/payments/" + paid.get("id"), customer.token()).status()).isEqualTo(200);
        assertThat(audit(admin, jobId)).isEmpty();
    }

    @Test
    void badIdsAndReasonsAreRefusedInTheEnvelopeAndChangeNothing() {
        Account customer = callout.customer();
        Account admin = callout.admin();
        String jobId = world.job(customer, callout.provider("plumber"), "accepted");

        Reply tooLong = delete(jobId, admin, "?reason=" + "x".repeat(501));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(tooLong.errorFields()).containsKey("reason");
        Reply control = delete(jobId, admin, "?reason=a%00b");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.errorFields()).containsKey("reason");
        for (String malformed : List.of("job_%00", "job_%ED%A0%80", "usr_" + customer.id().substring(4), "nothing")) {
            Reply reply = delete(malformed, admin, "");
            assertThat(reply.status()).as(malformed + " " + reply.text()).isIn(400, 404);
            assertThat(reply.errorCode()).as(malformed).isNotBlank();
        }
        assertThat(callout.send("DELETE", "/api/v1/jobs/" + jobId, null, null).status()).isEqualTo(401);

        assertThat(callout.get("/api/v1/jobs/" + jobId, customer.token()).status()).isEqualTo(200);
        assertThat(audit(admin, jobId)).isEmpty();
    }

    private List<Map<String, Object>> audit(Account admin, String jobId) {
        return callout.get("/api/v1/admin/audit-log?limit=100", admin.token()).data().stream()
                .filter(entry -> jobId.equals(entry.get("target_id"))).toList();
    }

    /** A count read from the pool itself, outside Micronaut Data's transaction-bound view of it. */
    private long count(String sql, String jobId) {
        DataSource pool = callout.context.getBean(DataSourceResolver.class).resolve(callout.context.getBean(DataSource.class));
        try (Connection connection = pool.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
