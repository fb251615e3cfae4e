package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Chayenity's reviews (double-blind, with the rating distribution) and buddies (favourites). */
class ReviewsAndFavoritesEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    private Reply review(Account author, String jobId, int rating, String comment) {
        return callout.post("/api/v1/reviews", author.token(), """
                {"job_id": "%s", "rating": %d, "comment": "%s"}""".formatted(jobId, rating, comment));
    }

    @Test
    void reviewsStayHiddenUntilBothPartiesHaveReviewedThenCountInTheProfile() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "completed");

        Reply written = review(customer, jobId, 5, "Fixed the leak in twenty minutes");
        assertThat(written.status()).as(written.text()).isEqualTo(201);
        String reviewId = written.get("id");
        assertThat(written.get("reviewee_id")).isEqualTo(provider.id());

        Reply hidden = callout.get("/api/v1/users/" + provider.id() + "/reviews", callout.customer().token());
        assertThat(hidden.json().get("total_count")).isEqualTo(0);
        assertThat(hidden.data()).isEmpty();
        assertThat(callout.get("/api/v1/reviews/" + reviewId, provider.token()).status())
                .as("the reviewee cannot peek before writing theirs").isEqualTo(404);
        assertThat(callout.get("/api/v1/reviews/" + reviewId, callout.customer().token()).status()).as("a stranger").isEqualTo(404);
        assertThat(callout.get("/api/v1/reviews/" + reviewId, customer.token()).status()).as("the author").isEqualTo(200);

        Reply again = review(customer, jobId, 1, "changed my mind");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("REVIEW_ALREADY_EXISTS");

        assertThat(review(provider, jobId, 4, "Clear directions, paid on time").status()).isEqualTo(201);
        Reply profile = callout.get("/api/v1/users/" + provider.id() + "/reviews", callout.customer().token());
        assertThat(profile.json().get("total_count")).isEqualTo(1);
        assertThat(profile.json().get("average_rating")).isEqualTo(5.0);
        assertThat(profile.json().get("rating_distribution")).isEqualTo(Map.of("5", 1, "4", 0, "3", 0, "2", 0, "1", 0));
        assertThat(profile.data()).extracting(r -> r.get("id")).containsExactly(reviewId);
        assertThat(callout.get("/api/v1/reviews/" + reviewId, callout.customer().token()).status()).isEqualTo(200);

        Reply locked = callout.patch("/api/v1/reviews/" + reviewId, customer.token(), "{\"rating\": 1}");
        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.errorCode()).isEqualTo("REVIEW_LOCKED");
        assertThat(callout.get("/api/v1/reviews/mine", provider.token()).data()).hasSize(1);
    }

    @Test
    void onlyPartiesOfACompletedJobReviewWithinTheRules() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String working = world.job(customer, provider, "in_progress");
        Reply early = review(customer, working, 5, "so far so good");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorCode()).isEqualTo("JOB_NOT_COMPLETED");

        String done = world.job(customer, provider, "completed");
        assertThat(review(callout.customer(), done, 5, "I was not there").status()).as("a stranger").isEqualTo(404);
        Reply badRating = review(customer, done, 6, "six stars");
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.errorFields()).containsKey("rating");
        Reply longComment = review(customer, done, 5, "x".repeat(1001));
        assertThat(longComment.errorFields()).containsKey("comment");

        String reviewId = review(customer, done, 3, "ok").get("id");
        Reply edited = callout.patch("/api/v1/reviews/" + reviewId, customer.token(), "{\"rating\": 4, \"comment\": \"better than ok\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("rating")).isEqualTo(4);
        assertThat(callout.patch("/api/v1/reviews/" + reviewId, provider.token(), "{\"rating\": 1}").status()).isEqualTo(404);
        assertThat(callout.send("DELETE", "/api/v1/reviews/" + reviewId, customer.token(), null).status()).isEqualTo(204);
        assertThat(review(customer, done, 5, "second thoughts, after deleting").status()).isEqualTo(201);
    }

    @Test
    void concurrentReviewsCountOnceEach() throws Exception {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        List<String> jobs = IntStream.range(0, 4).mapToObj(i -> world.job(customer, provider, "completed")).toList();
        String first = jobs.getFirst();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<Integer>> sameReview = IntStream.range(0, 12)
                    .mapToObj(i -> pool.submit(() -> review(customer, first, 1 + i % 5, "race " + i).status())).toList();
            List<Future<Integer>> others = new java.util.ArrayList<>();
            jobs.stream().skip(1).forEach(job -> others.add(pool.submit(() -> review(customer, job, 4, "good").status())));
            jobs.forEach(job -> others.add(pool.submit(() -> review(provider, job, 5, "great customer").status())));
            long created = 0;
            for (Future<Integer> status : sameReview) {
                created += status.get() == 201 ? 1 : 0;
            }
            assertThat(created).as("one review per party per job").isEqualTo(1);
            for (Future<Integer> status : others) {
                assertThat(status.get()).isEqualTo(201);
            }
        }
        Reply profile = callout.get("/api/v1/users/" + provider.id() + "/reviews", customer.token());
        assertThat(profile.json().get("total_count")).isEqualTo(4);
        Reply customerProfile = callout.get("/api/v1/users/" + customer.id() + "/reviews", provider.token());
        assertThat(customerProfile.json().get("total_count")).isEqualTo(4);
        assertThat(customerProfile.json().get("average_rating")).isEqualTo(5.0);
    }

    @Test
    void customersKeepFavouriteProvidersOnceWithANoteAndSeeWhoIsOnline() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        Reply added = callout.post("/api/v1/favorites", customer.token(), """
                {"provider_id": "%s", "note": "Great helper, very reliable"}""".formatted(provider.id()));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.get("note")).isEqualTo("Great helper, very reliable");
        String favoriteId = added.get("id");

        Reply duplicate = callout.post("/api/v1/favorites", customer.token(), "{\"provider_id\": \"%s\"}".formatted(provider.id()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("FAVORITE_ALREADY_EXISTS");
        assertThat(callout.post("/api/v1/favorites", customer.token(), "{\"provider_id\": \"%s\"}".formatted(customer.id()))
                .status()).as("only providers are favourites").isEqualTo(404);
        assertThat(callout.post("/api/v1/favorites", provider.token(), "{\"provider_id\": \"%s\"}".formatted(provider.id()))
                .status()).as("only customers keep favourites").isEqualTo(403);

        assertThat(callout.get("/api/v1/favorites", customer.token()).data()).hasSize(1);
        assertThat(callout.get("/api/v1/favorites?available=true", customer.token()).data()).isEmpty();
        callout.patch("/api/v1/providers/me/location", provider.token(), "{\"lat\": 14.5547, \"lng\": 121.0244}");
        callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}");
        List<Map<String, Object>> online = callout.get("/api/v1/favorites?available=true", customer.token()).data();
        assertThat(online).extracting(favorite -> TrustWorld.map(favorite.get("provider")).get("availability_status"))
                .containsExactly("online");

        assertThat(callout.send("DELETE", "/api/v1/favorites/" + favoriteId, callout.customer().token(), null).status())
                .as("another customer's favourite").isEqualTo(404);
        assertThat(callout.send("DELETE", "/api/v1/favorites/" + favoriteId, customer.token(), null).status()).isEqualTo(204);
        assertThat(callout.get("/api/v1/favorites", customer.token()).data()).isEmpty();
    }
}
