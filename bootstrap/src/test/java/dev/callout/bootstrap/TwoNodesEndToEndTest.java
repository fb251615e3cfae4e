package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL: a socket on one node receives what requests to
 * the other caused (the offer, the acceptance, the positions), through LISTEN/NOTIFY.
 */
class TwoNodesEndToEndTest {

    private static final RunningCallout first = RunningCallout.get();
    private static EmbeddedServer second;

    @BeforeAll
    static void startSecondNode() {
        Map<String, Object> properties = new HashMap<>();
        for (String key : new String[] {"datasources.default.url", "datasources.default.username",
                "datasources.default.password", JwtSecret.PROPERTY, "callout.passwords.argon2-memory-kib",
                "callout.passwords.argon2-iterations"}) {
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
}
