package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.DispatchRounds;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Chayenity's helpers send no GPS: one online with a base location is offered jobs near it over
 * the socket, until a fresh live position elsewhere takes precedence; cleared, it counts no more.
 */
class BaseLocationEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final JsonMapper json = callout.context.getBean(JsonMapper.class);

    /** Somewhere of its own, far from the other tests' providers (Cebu City). */
    private static final double LAT = 10.3157;
    private static final double LNG = 123.8854;
    private static final double KM = 1 / 111.195;

    private String post(Account customer, double lat) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "cleaning", "description": "Deep clean of a studio",
                 "location": {"lat": %s, "lng": %s, "address": "Osmena Blvd, Cebu"}, "urgency": "immediate"}"""
                .formatted(lat, LNG));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.get("id");
    }

    private Account online(Account provider) {
        assertThat(callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}").status())
                .isEqualTo(200);
        return provider;
    }

    /** Who the job's dispatch has offered it to so far (recorded with the offers, in their transaction). */
    private Set<String> offered(String jobId) {
        return callout.context.getBean(DispatchRounds.class).byJob(new JobId(jobId)).orElseThrow().offered().stream()
                .map(UserId::value).collect(Collectors.toSet());
    }

    private Reply nearby(Account customer, double lat) {
        return callout.get("/api/v1/providers/nearby?lat=%s&lng=%s&category=cleaning&radius_km=5".formatted(lat, LNG),
                customer.token());
    }

    @Test
    void aHelperWithOnlyABaseLocationGetsTheOfferUntilAFreshPositionElsewhereWins() {
        Account customer = callout.customer();
        Account helper = online(callout.provider("cleaning"));
        Reply based = callout.patch("/api/v1/providers/me/base-location", helper.token(), """
                {"lat": %s, "lng": %s, "address": "Fuente Osmena Circle"}""".formatted(LAT + KM, LNG));
        assertThat(based.status()).as(based.text()).isEqualTo(200);
        assertThat(based.json().get("base_location")).isEqualTo(Map.of("lat", LAT + KM, "lng", LNG,
                "address", "Fuente Osmena Circle"));
        String base = callout.server.getURL().toString();

        try (SocketProbe helperSocket = SocketProbe.connect(base, helper.token(), json)) {
            helperSocket.await("connected");
            assertThat(nearby(customer, LAT).data()).singleElement().satisfies(found -> assertThat(found)
                    .containsEntry("id", helper.id()).containsEntry("position_source", "base")
                    .containsEntry("lat", LAT + KM));

            String first = post(customer, LAT);
            SocketProbe.Frame offer = helperSocket.await("job.offered", data -> first.equals(data.get("job_id")));
            assertThat(((Number) offer.data().get("distance_km")).doubleValue()).isBetween(0.99, 1.01);

            double away = LAT + 40 * KM;
            helperSocket.send("provider.location", Map.of("lat", away, "lng", LNG));
            TrustWorld.eventually(() -> nearby(customer, away).data(), found -> !found.isEmpty());
            assertThat(nearby(customer, away).data()).singleElement().satisfies(found -> assertThat(found)
                    .containsEntry("id", helper.id()).containsEntry("position_source", "live"));
            assertThat(nearby(customer, LAT).data()).as("a fresh position elsewhere wins over the base").isEmpty();

            Account control = online(callout.provider("cleaning"));
            callout.patch("/api/v1/providers/me/location", control.token(), "{\"lat\": %s, \"lng\": %s}".formatted(LAT, LNG));
            String second = post(customer, LAT);
            TrustWorld.eventually(() -> callout.context.getBean(DispatchRounds.class).byJob(new JobId(second)),
                    round -> round.isPresent());
            assertThat(offered(second)).as("the batch went out without the helper").containsExactly(control.id());
            callout.post("/api/v1/jobs/" + second + "/accept", control.token(), null);
        }
    }

    @Test
    void aBaseLocationIsReadAndClearedByItsProviderOnly() {
        Account customer = callout.customer();
        Account helper = online(callout.provider("cleaning"));
        double lat = LAT - 30 * KM;
        assertThat(callout.get("/api/v1/providers/me/base-location", helper.token()).json()).containsEntry("base_location", null);
        Reply invalid = callout.patch("/api/v1/providers/me/base-location", helper.token(),
                "{\"lat\": 91, \"lng\": %s, \"address\": \"%s\"}".formatted(LNG, "x".repeat(501)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsKeys("lat", "address");
        assertThat(callout.patch("/api/v1/providers/me/base-location", customer.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(lat, LNG)).status()).as("a customer").isEqualTo(403);

        callout.patch("/api/v1/providers/me/base-location", helper.token(), "{\"lat\": %s, \"lng\": %s}".formatted(lat, LNG));
        assertThat(TrustWorld.map(callout.get("/api/v1/providers/me/base-location", helper.token()).json().get("base_location")))
                .containsEntry("lat", lat).containsEntry("lng", LNG).containsEntry("address", null);
        assertThat(nearby(customer, lat).data()).extracting(found -> found.get("id")).containsExactly(helper.id());
        Reply nearbyJobs = callout.get("/api/v1/jobs/nearby?radius_km=5", helper.token());
        assertThat(nearbyJobs.status()).as("around the base when no position was sent").isEqualTo(200);

        assertThat(callout.send("DELETE", "/api/v1/providers/me/base-location", helper.token(), null).status()).isEqualTo(204);
        assertThat(callout.get("/api/v1/providers/me/base-location", helper.token()).json()).containsEntry("base_location", null);
        assertThat(nearby(customer, lat).data()).isEmpty();
        assertThat(callout.get("/api/v1/jobs/nearby?radius_km=5", helper.token()).errorCode()).isEqualTo("MISSING_LOCATION");
    }
}
