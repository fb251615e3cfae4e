package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Favourites first (a customer's favourite is offered the job before anyone nearby, however far
 * away) and ratings in matching (GET /providers/nearby shows the average of the revealed reviews).
 */
class FavoritesFirstAndRatingsEndToEndTest {

    /** Cebu for the favourites, Baguio for the ratings: places no other test uses. */
    private static final double CEBU_LAT = 10.3157;
    private static final double CEBU_LNG = 123.8854;
    private static final double BAGUIO_LAT = 16.4023;
    private static final double BAGUIO_LNG = 120.5960;

    private static RunningCallout quickOffers;

    /** An application of its own whose offers stand two seconds, so the first step ends within the test. */
    private static synchronized RunningCallout quickOffers() {
        if (quickOffers == null) {
            quickOffers = RunningCallout.start(Map.of("callout.dispatch.offer-timeout", "2s"));
        }
        return quickOffers;
    }

    private static Account onlinePlumber(RunningCallout callout, double lat, double lng) {
        Account provider = callout.provider("plumber");
        assertThat(callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}")
                .status()).isEqualTo(200);
        assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(lat, lng)).status()).isEqualTo(200);
        return provider;
    }

    @Test
    void aFavouriteFarAwayIsOfferedTheJobFirstAndTheNearestProviderOnlyAfterThatStep() {
        RunningCallout callout = quickOffers();
        JsonMapper json = callout.context.getBean(JsonMapper.class);
        Account customer = callout.customer();
        Account favourite = onlinePlumber(callout, CEBU_LAT + 40 / 111.195, CEBU_LNG);
        Account nearby = onlinePlumber(callout, CEBU_LAT + 1 / 111.195, CEBU_LNG);
        Reply favoured = callout.post("/api/v1/favorites", customer.token(),
                "{\"provider_id\": \"%s\"}".formatted(favourite.id()));
        assertThat(favoured.status()).as(favoured.text()).isEqualTo(201);
        String base = callout.server.getURL().toString();

        try (SocketProbe favouriteSocket = SocketProbe.connect(base, favourite.token(), json);
             SocketProbe nearbySocket = SocketProbe.connect(base, nearby.token(), json)) {
            favouriteSocket.await("connected");
            nearbySocket.await("connected");

            Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                    {"category": "plumber", "description": "Burst pipe", "urgency": "immediate", "favorites_first": true,
                     "location": {"lat": %s, "lng": %s, "address": "Colon St, Cebu"}}""".formatted(CEBU_LAT, CEBU_LNG));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            assertThat(posted.json()).containsEntry("favorites_first", true);
            String jobId = posted.get("id");

            SocketProbe.Frame first = favouriteSocket.await("job.offered", data -> jobId.equals(data.get("job_id")));
            assertThat(((Number) first.data().get("distance_km")).doubleValue()).isBetween(39.9, 40.1);
            SocketProbe.Frame second = nearbySocket.await("job.offered", data -> jobId.equals(data.get("job_id")));
            assertThat(((Number) second.data().get("distance_km")).doubleValue()).isBetween(0.9, 1.1);
            Instant favouriteOfferEnds = Instant.parse((String) first.data().get("expires_at"));
            assertThat(Instant.parse((String) second.data().get("occurred_at")))
                    .as("the nearest provider, 1 km away, is offered the job only once the favourites' step ended")
                    .isAfterOrEqualTo(favouriteOfferEnds);
            assertThat(favouriteSocket.seen()).filteredOn(frame -> frame.event().equals("job.offered")).hasSize(1);
        }
        assertThat(callout.get("/api/v1/jobs/" + callout.post("/api/v1/jobs", customer.token(), """
                {"category": "plumber", "urgency": "immediate", "location": {"lat": %s, "lng": %s}}"""
                .formatted(CEBU_LAT, CEBU_LNG)).get("id"), customer.token()).json())
                .as("favourites first is asked for, never assumed").containsEntry("favorites_first", false);
    }

    @Test
    void theNearbyProvidersRatingIsTheAverageOfTheReviewsRevealedAboutThem() {
        TrustWorld world = new TrustWorld();
        RunningCallout callout = world.callout;
        Account provider = callout.provider("plumber");
        Account customer = callout.customer();
        String firstJob = world.job(customer, provider, "completed");
        Account another = callout.customer();
        String secondJob = world.job(another, provider, "completed");
        assertThat(callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}")
                .status()).isEqualTo(200);
        assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(BAGUIO_LAT, BAGUIO_LNG)).status()).isEqualTo(200);
        String nearby = "/api/v1/providers/nearby?lat=%s&lng=%s&category=plumber&radius_km=5".formatted(BAGUIO_LAT, BAGUIO_LNG);
        Account searcher = callout.customer();
        // the relay frees the provider from their jobs after commit, on its own thread
        TrustWorld.eventually(() -> callout.get(nearby, searcher.token()),
                reply -> reply.data().stream().anyMatch(entry -> provider.id().equals(entry.get("id"))));
        assertThat(ratingIn(callout.get(nearby, searcher.token()), provider)).as("no reviews yet").isNull();

        review(callout, customer, firstJob, 4);
        review(callout, another, secondJob, 5);
        assertThat(ratingIn(callout.get(nearby, searcher.token()), provider))
                .as("double-blind: nothing is revealed until the provider answers or the window closes").isNull();

        review(callout, provider, firstJob, 5);
        assertThat(ratingIn(callout.get(nearby, searcher.token()), provider))
                .as("both parties of the first job reviewed: its review counts, the other stays hidden").isEqualTo(4.0);
        review(callout, provider, secondJob, 3);
        assertThat(ratingIn(callout.get(nearby, searcher.token()), provider)).isEqualTo(4.5);
        Reply summary = callout.get("/api/v1/users/" + provider.id() + "/reviews", searcher.token());
        assertThat(((Number) summary.json().get("average_rating")).doubleValue()).as("the same as the public summary")
                .isEqualTo(4.5);
    }

    private static void review(RunningCallout callout, Account author, String jobId, int rating) {
        Reply written = callout.post("/api/v1/reviews", author.token(),
                "{\"job_id\": \"%s\", \"rating\": %d}".formatted(jobId, rating));
        assertThat(written.status()).as(written.text()).isEqualTo(201);
    }

    private static Double ratingIn(Reply nearby, Account provider) {
        assertThat(nearby.status()).as(nearby.text()).isEqualTo(200);
        Map<String, Object> found = nearby.data().stream().filter(entry -> provider.id().equals(entry.get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("not nearby: " + nearby.text()));
        assertThat(found).containsKey("rating");
        return found.get("rating") == null ? null : ((Number) found.get("rating")).doubleValue();
    }
}
