package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL: a socket on one node receives what requests to
 * the other caused (the offer, the acceptance, the positions), through LISTEN/NOTIFY; a session
 * ended on one node closes its socket on the other and stops its tokens there although the other
 * node had just found it live; an account changed on one node shows on the other; the socket cap counts both nodes; presence on a
 * job's channel is the user's across both.
 */
class TwoNodesEndToEndTest {

    private static final RunningCallout first = RunningCallout.get();
    private static EmbeddedServer second;

    @BeforeAll
    static void startSecondNode() {
        Map<String, Object> properties = new HashMap<>();
        for (String key : new String[] {"datasources.default.url", "datasources.default.username",
                "datasources.default.password", JwtSecret.PROPERTY, WebhookSecretsKey.PROPERTY, "callout.passwords.argon2-memory-kib",
                "callout.passwords.argon2-iterations", "callout.data-dir",
                "callout.rate-limits.general.limit", "callout.rate-limits.auth.limit"}) {
            properties.put(key, first.context.getProperty(key, String.class).orElseThrow());
        }
        properties.put("micronaut.server.port", -1);
        second = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterAll
    static void stopSecondNode() {
        second.close();
    }

    @Test
    void aSocketOnOneNodeReceivesWhatRequestsToTheOtherCaused() {
        JsonMapper json = first.context.getBean(JsonMapper.class);
        Account customer = first.customer();
        Account provider = first.provider("cleaning");
        double lat = 10.3157;
        double lng = 123.8854; // Cebu: no other test's cleaners are here
        first.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}");
        first.patch("/api/v1/providers/me/location", provider.token(), "{\"lat\": %s, \"lng\": %s}".formatted(lat, lng + 0.01));
        String secondUrl = second.getURL().toString();

        try (SocketProbe providerOnSecond = SocketProbe.connect(secondUrl, provider.token(), json);
             SocketProbe customerOnSecond = SocketProbe.connect(secondUrl, customer.token(), json)) {
            providerOnSecond.await("connected");
            customerOnSecond.await("connected");

            String jobId = first.post("/api/v1/jobs", customer.token(), """
                    {"category": "cleaning", "location": {"lat": %s, "lng": %s}, "urgency": "immediate"}"""
                    .formatted(lat, lng)).get("id");
            providerOnSecond.await("job.offered", data -> jobId.equals(data.get("job_id")));

            first.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null);
            customerOnSecond.await("job.accepted", data -> jobId.equals(data.get("job_id")));

            first.patch("/api/v1/providers/me/location", provider.token(), "{\"lat\": %s, \"lng\": %s}".formatted(lat, lng + 0.005));
            customerOnSecond.await("provider.location", data -> jobId.equals(data.get("job_id")));
            customerOnSecond.await("eta.updated", data -> jobId.equals(data.get("job_id")));
        }
        assertThat(second.getApplicationContext().getBean(dev.callout.rest.realtime.SocketClients.class).count()).isLessThanOrEqualTo(2);
    }

    @Test
    void aLogoutOnOneNodeClosesTheSessionsSocketOnTheOther() {
        JsonMapper json = first.context.getBean(JsonMapper.class);
        Account customer = first.customer();
        try (SocketProbe onSecond = SocketProbe.connect(second.getURL().toString(), customer.token(), json)) {
            onSecond.await("connected");

            assertThat(first.post("/api/v1/auth/logout", customer.token(), null).status()).isEqualTo(204);

            assertThat(onSecond.awaitClose(SocketSessionsEndToEndTest.CLOSE_DEADLINE).code()).isEqualTo(4001);
            assertThat(onSecond.seen().getLast().data()).containsEntry("code", "SESSION_ENDED");
        }
    }

    @Test
    void aSessionEndedOnOneNodeIsRefusedOnTheOtherThatHadJustFoundItLive() {
        Account customer = first.customer();
        assertThat(meOnSecond(customer.token()).status()).isEqualTo(200);
        assertThat(meOnSecond(customer.token()).status()).isEqualTo(200);

        assertThat(first.post("/api/v1/auth/logout", customer.token(), null).status()).isEqualTo(204);

        assertThat(first.get("/api/v1/users/me", customer.token()).status()).as("on the node that ended it, at once").isEqualTo(401);
        long deadline = System.nanoTime() + SocketSessionsEndToEndTest.CLOSE_DEADLINE.toNanos();
        while (meOnSecond(customer.token()).status() != 401) {
            assertThat(System.nanoTime()).as("the other node refuses the session's token").isLessThan(deadline);
        }
    }

    @Test
    void anAccountChangedOnOneNodeShowsThereAtOnceAndOnTheOtherThatHadJustReadIt() {
        Account customer = first.customer();
        assertThat(meOnSecond(customer.token()).get("name")).isNotEqualTo("Renamed On First");
        assertThat(first.get("/api/v1/users/me", customer.token()).get("name")).isNotEqualTo("Renamed On First");

        assertThat(first.patch("/api/v1/users/me", customer.token(), "{\"name\": \"Renamed On First\"}").status()).isEqualTo(200);

        assertThat(first.get("/api/v1/users/me", customer.token()).get("name")).as("on the node that changed it").isEqualTo("Renamed On First");
        long deadline = System.nanoTime() + SocketSessionsEndToEndTest.CLOSE_DEADLINE.toNanos();
        while (!"Renamed On First".equals(meOnSecond(customer.token()).get("name"))) {
            assertThat(System.nanoTime()).as("the other node reads the changed account").isLessThan(deadline);
        }
    }

    private static RunningCallout.Reply meOnSecond(String token) {
        return RunningCallout.exchange(HttpClient.newHttpClient(), first.context.getBean(JsonMapper.class),
                HttpRequest.newBuilder(URI.create(second.getURL() + "/api/v1/users/me")), "GET", token, null, Map.of());
    }

    @Test
    void aPartyOnOneNodeHearsTheOtherJoinAndLeaveOnTheOtherNodeWhateverNodeTheirSocketsAreOn() {
        JsonMapper json = first.context.getBean(JsonMapper.class);
        Account customer = first.customer();
        Account provider = first.provider("plumber");
        String jobId = new TrustWorld(first).job(customer, provider, "accepted");
        try (SocketProbe providerOnFirst = SocketProbe.connect(first.server.getURL().toString(), provider.token(), json);
             SocketProbe customerOnSecond = SocketProbe.connect(second.getURL().toString(), customer.token(), json);
             SocketProbe customerOnFirst = SocketProbe.connect(first.server.getURL().toString(), customer.token(), json)) {
            providerOnFirst.await("connected");
            customerOnSecond.await("connected");
            customerOnFirst.await("connected");

            PresenceEndToEndTest.subscribe(customerOnSecond, jobId);
            PresenceEndToEndTest.awaitPresence(providerOnFirst, jobId, customer, "joined");
            assertThat(PresenceEndToEndTest.subscribe(providerOnFirst, jobId).data()).containsEntry("present", List.of(customer.id()));
            PresenceEndToEndTest.awaitPresence(customerOnSecond, jobId, provider, "joined");

            PresenceEndToEndTest.subscribe(customerOnFirst, jobId);
            customerOnSecond.close();
            customerOnFirst.send("job.unsubscribe", Map.of("job_id", jobId));
            customerOnFirst.await("job.unsubscribed");
            PresenceEndToEndTest.awaitPresence(providerOnFirst, jobId, customer, "left");
            assertThat(PresenceEndToEndTest.presenceFrames(providerOnFirst, customer, "joined"))
                    .as("the customer's second socket, on the other node, joined a channel they were on").isOne();
            assertThat(PresenceEndToEndTest.presenceFrames(providerOnFirst, customer, "left")).isOne();
        }
    }

    @Test
    void theCapOnSocketsPerUserCountsEveryNode() {
        JsonMapper json = first.context.getBean(JsonMapper.class);
        Account customer = first.customer();
        List<SocketProbe> open = new ArrayList<>();
        try {
            for (String node : List.of(first.server.getURL().toString(), first.server.getURL().toString(),
                    first.server.getURL().toString(), second.getURL().toString(), second.getURL().toString())) {
                open.add(SocketProbe.connect(node, customer.token(), json));
                open.getLast().await("connected");
            }
            SocketProbe sixth = SocketProbe.connect(second.getURL().toString(), customer.token(), json);
            open.add(sixth);
            assertThat(sixth.awaitClose(SocketProbe.WAIT).code()).isEqualTo(4008);
            assertThat(sixth.seen().getLast().data()).containsEntry("code", "TOO_MANY_SOCKETS");

            open.getFirst().close();
            long deadline = System.nanoTime() + SocketProbe.WAIT.toNanos();
            SocketProbe replacement;
            do {
                assertThat(System.nanoTime()).as("a place frees once the first node drops the closed socket's lease")
                        .isLessThan(deadline);
                replacement = SocketProbe.connect(second.getURL().toString(), customer.token(), json);
                open.add(replacement);
            } while (!"connected".equals(replacement.awaitFirstOf("connected", "error").event()));
        } finally {
            open.forEach(SocketProbe::close);
        }
    }
}
