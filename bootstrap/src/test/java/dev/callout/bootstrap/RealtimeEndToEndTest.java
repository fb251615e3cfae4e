package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a job as the two parties' sockets see it: the offer reaches the nearby
 * provider at once, the customer learns of the acceptance, watches the provider come and sees
 * every status; strangers cannot subscribe and unauthenticated sockets are refused.
 */
class RealtimeEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final JsonMapper json = callout.context.getBean(JsonMapper.class);

    /** Somewhere of its own, far from the other tests' providers (Davao). */
    private static final double LAT = 7.0731;
    private static final double LNG = 125.6128;

    private static String job(double lat, double lng) {
        return """
                {"category": "electrician", "description": "No power in the kitchen.",
                 "location": {"lat": %s, "lng": %s, "address": "San Pedro St, Davao"}, "urgency": "immediate"}"""
                .formatted(lat, lng);
    }

    private Account onlineProvider(double lat, double lng) {
        Account provider = callout.provider("electrician");
        assertThat(callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}")
                .json()).containsEntry("availability_status", "online");
        assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(lat, lng)).status()).isEqualTo(200);
        return provider;
    }

    @Test
    void bothPartiesSeeTheWholeLifeOfAJob() {
        Account customer = callout.customer();
        Account provider = onlineProvider(LAT + 0.01, LNG);
        String base = callout.server.getURL().toString();
        try (SocketProbe providerSocket = SocketProbe.connect(base, provider.token(), json);
             SocketProbe customerSocket = SocketProbe.connectWithHeader(base, customer.token(), json)) {
            providerSocket.await("connected");
            customerSocket.await("connected");

            Reply nearby = callout.get("/api/v1/providers/nearby?lat=%s&lng=%s&category=electrician&radius_km=5"
                    .formatted(LAT, LNG), customer.token());
            assertThat(nearby.status()).isEqualTo(200);
            assertThat(nearby.data()).first().satisfies(first -> {
                assertThat(first).containsEntry("id", provider.id()).containsEntry("availability_status", "online");
                assertThat(((Number) first.get("distance_km")).doubleValue()).isBetween(1.0, 1.2);
                assertThat(((Number) first.get("eta_seconds")).longValue()).isPositive();
            });

            String jobId = callout.post("/api/v1/jobs", customer.token(), job(LAT, LNG)).get("id");
            SocketProbe.Frame offer = providerSocket.await("job.offered", data -> jobId.equals(data.get("job_id")));
            assertThat(offer.data()).containsEntry("provider_id", provider.id()).containsEntry("category", "electrician")
                    .containsKeys("price", "distance_km", "eta_seconds", "expires_at");

            assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null).status()).isEqualTo(200);
            customerSocket.await("job.accepted", data -> jobId.equals(data.get("job_id")) && provider.id().equals(data.get("provider_id")));
            providerSocket.await("job.accepted", data -> jobId.equals(data.get("job_id")));

            customerSocket.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(customerSocket.await("job.subscribed").data()).containsEntry("job_id", jobId).containsEntry("status", "accepted");

            callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"en_route\"}");
            customerSocket.await("job.status_changed", data -> "en_route".equals(data.get("to")));
            providerSocket.send("provider.location", Map.of("lat", LAT + 0.005, "lng", LNG));
            SocketProbe.Frame position = customerSocket.await("provider.location", data -> jobId.equals(data.get("job_id")));
            assertThat(((Number) position.data().get("lat")).doubleValue()).isEqualTo(LAT + 0.005);
            SocketProbe.Frame eta = customerSocket.await("eta.updated", data -> jobId.equals(data.get("job_id")));
            assertThat(((Number) eta.data().get("distance_km")).doubleValue()).isBetween(0.5, 0.6);

            for (String status : new String[] {"in_progress", "completed"}) {
                callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"" + status + "\"}");
                customerSocket.await("job.status_changed", data -> status.equals(data.get("to")));
                providerSocket.await("job.status_changed", data -> status.equals(data.get("to")));
            }
            providerSocket.send("ping", Map.of());
            providerSocket.await("pong");
            assertThat(providerSocket.seen()).extracting(SocketProbe.Frame::event).doesNotContain("provider.location", "eta.updated");
        }
    }

    @Test
    void aReconnectingPartyReplaysWhatItMissedAndNoOneElsesEvents() {
        double lat = LAT + 2;
        Account customer = callout.customer();
        Account chosen = onlineProvider(lat + 0.01, LNG);
        Account passedOver = onlineProvider(lat - 0.01, LNG);
        String base = callout.server.getURL().toString();
        String jobId;
        long lastSeen;
        try (SocketProbe customerSocket = SocketProbe.connect(base, customer.token(), json);
             SocketProbe passedOverSocket = SocketProbe.connect(base, passedOver.token(), json)) {
            customerSocket.await("connected");
            passedOverSocket.await("connected");
            jobId = callout.post("/api/v1/jobs", customer.token(), job(lat, LNG)).get("id");
            passedOverSocket.await("job.offered", data -> jobId.equals(data.get("job_id")));
            assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", chosen.token(), null).status()).isEqualTo(200);
            SocketProbe.Frame accepted = customerSocket.await("job.accepted", data -> jobId.equals(data.get("job_id")));
            assertThat(accepted.id()).as("stored events carry their id").isPositive();
            lastSeen = accepted.id();
            passedOverSocket.send("job.subscribe", Map.of("job_id", jobId, "last_event_id", 0));
            assertThat(passedOverSocket.await("error").data()).containsEntry("code", "JOB_NOT_FOUND");
            for (String status : new String[] {"en_route", "in_progress"}) {
                callout.patch("/api/v1/jobs/" + jobId + "/status", chosen.token(), "{\"status\": \"" + status + "\"}");
            }
            // Relayed before the provider reconnects, so its replay below holds both changes, not a live frame.
            customerSocket.await("job.status_changed", data -> "in_progress".equals(data.get("to")));
        }

        try (SocketProbe customerSocket = SocketProbe.connect(base, customer.token(), json);
             SocketProbe providerSocket = SocketProbe.connect(base, chosen.token(), json)) {
            customerSocket.await("connected");
            providerSocket.await("connected");
            customerSocket.send("job.subscribe", Map.of("job_id", jobId, "last_event_id", lastSeen));
            SocketProbe.Frame subscribed = customerSocket.await("job.subscribed");
            assertThat(subscribed.data()).containsEntry("status", "in_progress").containsEntry("replayed", 2)
                    .containsEntry("replay_complete", true);
            List<SocketProbe.Frame> replayed = customerSocket.seen().stream()
                    .filter(frame -> "job.status_changed".equals(frame.event())).toList();
            assertThat(replayed).extracting(frame -> frame.data().get("to")).containsExactly("en_route", "in_progress");
            assertThat(replayed).extracting(SocketProbe.Frame::id).isSorted().allMatch(id -> id > lastSeen);

            providerSocket.send("job.subscribe", Map.of("job_id", jobId, "last_event_id", 0));
            providerSocket.await("job.subscribed");
            assertThat(providerSocket.seen()).extracting(SocketProbe.Frame::event)
                    .containsSubsequence("job.offered", "job.accepted", "job.status_changed", "job.status_changed");
            assertThat(providerSocket.seen()).filteredOn(frame -> "job.offered".equals(frame.event()))
                    .singleElement().satisfies(offer -> assertThat(offer.data()).containsEntry("provider_id", chosen.id()));

            callout.patch("/api/v1/jobs/" + jobId + "/status", chosen.token(), "{\"status\": \"completed\"}");
            SocketProbe.Frame live = customerSocket.await("job.status_changed", data -> "completed".equals(data.get("to")));
            assertThat(live.id()).isGreaterThan(replayed.getLast().id());
        }
    }

    @Test
    void framesAreReadAsTheJsonTypesTheyAre() {
        Account provider = callout.provider("electrician");
        try (SocketProbe socket = SocketProbe.connect(callout.server.getURL().toString(), provider.token(), json)) {
            socket.await("connected");
            for (Map<String, Object> position : List.<Map<String, Object>>of(Map.of("lat", "7.07", "lng", 125.61),
                    Map.of("lat", true, "lng", 125.61))) {
                socket.send("provider.location", position);
                assertThat(socket.await("error").data()).as(position.toString()).containsEntry("code", "VALIDATION_ERROR");
            }
            socket.send("typing", Map.of("job_id", "job_whatever", "is_typing", "true"));
            assertThat(socket.await("error").data()).containsEntry("code", "VALIDATION_ERROR");
            socket.send("message.send", Map.of("job_id", "job_whatever", "content", 5));
            assertThat(socket.await("error").data()).containsEntry("code", "VALIDATION_ERROR");
            for (Object cursor : List.of("5", 1.5, -1, true)) {
                socket.send("job.subscribe", Map.of("job_id", "job_whatever", "last_event_id", cursor));
                assertThat(socket.await("error").data()).as(String.valueOf(cursor)).containsEntry("code", "VALIDATION_ERROR");
            }
            socket.sendRaw("{\"event\": \"ping\", \"data\": [1]}");
            assertThat(socket.await("error").data()).containsEntry("code", "MALFORMED_FRAME");
            socket.sendRaw("not json");
            assertThat(socket.await("error").data()).containsEntry("code", "MALFORMED_FRAME");
            assertThat(socket.seen()).extracting(SocketProbe.Frame::event)
                    .filteredOn(event -> !"notification.created".equals(event)).as("the approval's notification aside")
                    .containsOnly("connected", "error");
        }
    }

    @Test
    void onlyPartiesMaySubscribeAndOthersLearnNothing() {
        Account customer = callout.customer();
        Account stranger = callout.customer();
        String jobId = callout.post("/api/v1/jobs", customer.token(), job(LAT + 1, LNG)).get("id");
        try (SocketProbe strangerSocket = SocketProbe.connect(callout.server.getURL().toString(), stranger.token(), json)) {
            strangerSocket.await("connected");
            strangerSocket.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(strangerSocket.await("error").data()).containsEntry("code", "JOB_NOT_FOUND").containsEntry("job_id", jobId);
            strangerSocket.send("job.subscribe", Map.of("job_id", "job_doesnotexist"));
            assertThat(strangerSocket.await("error").data()).containsEntry("code", "JOB_NOT_FOUND");
            strangerSocket.send("dance", Map.of());
            assertThat(strangerSocket.await("error").data()).containsEntry("code", "UNKNOWN_EVENT");
            assertThat(strangerSocket.seen()).extracting(SocketProbe.Frame::event).containsOnly("connected", "error");
        }
    }

    @Test
    void aSocketWithoutAValidTokenIsRefused() {
        String url = callout.server.getURL().toString().replaceFirst("^http", "ws") + "/api/v1/ws";
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new java.net.http.WebSocket.Listener() { }).orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url + "?access_token=not-a-token"), new java.net.http.WebSocket.Listener() { }).orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class);
    }

    @Test
    void badNearbyQueriesGetFieldErrors() {
        Account customer = callout.customer();
        Reply missing = callout.get("/api/v1/providers/nearby?category=electrician", customer.token());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsKeys("lat", "lng");
        Reply unknown = callout.get("/api/v1/providers/nearby?lat=14.5&lng=121&category=astrology", customer.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsKey("category");
        Reply tooFar = callout.get("/api/v1/providers/nearby?lat=14.5&lng=121&category=plumber&radius_km=500", customer.token());
        assertThat(tooFar.errorFields()).containsKey("radius_km");
        Account provider = callout.provider("plumber");
        assertThat(callout.get("/api/v1/providers/nearby?lat=14.5&lng=121&category=plumber", provider.token()).status())
                .as("providers do not browse each other").isEqualTo(403);
        assertThat(callout.patch("/api/v1/providers/me/availability", customer.token(), "{\"status\": \"online\"}").status())
                .isEqualTo(403);
        Reply badStatus = callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"asleep\"}");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.errorFields()).containsKey("status");
        Reply noPosition = callout.get("/api/v1/jobs/nearby", provider.token());
        assertThat(noPosition.status()).isEqualTo(400);
        assertThat(noPosition.errorCode()).isEqualTo("MISSING_LOCATION");
    }
}
