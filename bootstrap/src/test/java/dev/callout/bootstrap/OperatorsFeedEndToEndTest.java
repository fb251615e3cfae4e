package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The operators' map through the public API: GET /admin/providers/map lists every approved provider
 * with where they are, and an admin's socket that sent ops.subscribe hears every position and every
 * job change, whoever the parties are. Nobody else gets either.
 */
class OperatorsFeedEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final JsonMapper json = callout.context.getBean(JsonMapper.class);

    /** Somewhere of its own, far from the other tests' providers (Iloilo). */
    private static final double LAT = 10.7202;
    private static final double LNG = 122.5621;

    private Account onlineProvider() {
        Account provider = callout.provider("cleaning");
        assertThat(callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}").status())
                .isEqualTo(200);
        return provider;
    }

    private Optional<Map<String, Object>> onMap(String providerId) {
        for (int page = 1; ; page++) {
            Reply answer = callout.get("/api/v1/admin/providers/map?limit=100&page=" + page, callout.admin().token());
            assertThat(answer.status()).isEqualTo(200);
            Optional<Map<String, Object>> found = answer.data().stream().filter(entry -> providerId.equals(entry.get("id"))).findFirst();
            if (found.isPresent() || answer.data().isEmpty()) {
                return found;
            }
        }
    }

    @Test
    void anAdminsSocketHearsEveryPositionAndJobChange() {
        Account provider = onlineProvider();
        Account customer = callout.customer();
        String base = callout.server.getURL().toString();
        try (SocketProbe admin = SocketProbe.connectWithSubprotocol(base, callout.admin().token(), json)) {
            assertThat(admin.await("connected").data()).containsEntry("role", "admin");
            admin.send("ops.subscribe", Map.of());
            admin.await("ops.subscribed");

            assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                    "{\"lat\": %s, \"lng\": %s}".formatted(LAT, LNG)).status()).isEqualTo(200);
            Map<String, Object> position = admin.await("provider.position", data -> provider.id().equals(data.get("provider_id"))).data();
            assertThat(position).containsEntry("lat", LAT).containsEntry("lng", LNG).containsKey("at");

            Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                    {"category": "cleaning", "description": "Deep clean after a party.",
                     "location": {"lat": %s, "lng": %s}, "urgency": "immediate"}""".formatted(LAT, LNG));
            assertThat(posted.status()).isEqualTo(201);
            String jobId = posted.get("id");
            admin.await("job.posted", data -> jobId.equals(data.get("job_id")));
            assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null).status()).isEqualTo(200);
            admin.await("job.accepted", data -> jobId.equals(data.get("job_id")));
            assertThat(callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"en_route\"}").status())
                    .isEqualTo(200);
            assertThat(admin.await("job.status_changed", data -> jobId.equals(data.get("job_id"))).data())
                    .containsEntry("to", "en_route");
        }
    }

    @Test
    void theMapListsApprovedProvidersWithTheirPositionAndAvailability() {
        Account provider = onlineProvider();
        Account silent = callout.provider("cleaning");
        assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(LAT + 0.01, LNG)).status()).isEqualTo(200);

        assertThat(onMap(provider.id())).hasValueSatisfying(entry -> assertThat(entry)
                .containsEntry("availability_status", "online").containsEntry("lat", LAT + 0.01).containsEntry("lng", LNG)
                .containsEntry("position_source", "live").containsEntry("categories", List.of("cleaning"))
                .containsKey("position_at"));
        assertThat(onMap(silent.id())).hasValueSatisfying(entry -> assertThat(entry)
                .containsEntry("availability_status", "offline").containsEntry("lat", null).containsEntry("position_source", null));
    }

    @Test
    void nobodyButAdminsSeesTheMapOrTheFeed() {
        Account customer = callout.customer();
        Account provider = onlineProvider();
        assertThat(callout.get("/api/v1/admin/providers/map", customer.token()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(callout.get("/api/v1/admin/providers/map", provider.token()).status()).isEqualTo(403);
        assertThat(callout.get("/api/v1/admin/providers/map", null).status()).isEqualTo(401);

        String base = callout.server.getURL().toString();
        try (SocketProbe socket = SocketProbe.connectWithSubprotocol(base, customer.token(), json)) {
            socket.await("connected");
            socket.send("ops.subscribe", Map.of());
            assertThat(socket.await("error").data()).containsEntry("code", "FORBIDDEN");
            assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                    "{\"lat\": %s, \"lng\": %s}".formatted(LAT, LNG + 0.01)).status()).isEqualTo(200);
            socket.send("ping", Map.of());
            socket.await("pong");
            assertThat(socket.seen()).extracting(SocketProbe.Frame::event).doesNotContain("provider.position");
        }
    }
}
