package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Concurrent HTTP requests racing for one thing, on the running application and its PostgreSQL:
 * exactly one wins, the others get a 409 in the envelope, never a 500 and never a second winner.
 */
class RacesEndToEndTest {

    private static final int RACERS = 10;
    private static final String PLUMBING = """
            {"category": "plumber", "description": "%s", "urgency": "immediate",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"}}""";

    private final RunningCallout callout = RunningCallout.get();

    /** Runs {@code request(i)} for i in 0..RACERS-1 on as many threads, released at once. */
    private static List<Reply> race(IntFunction<Callable<Reply>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Reply> one = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Reply> withStatus(List<Reply> replies, int status) {
        return replies.stream().filter(reply -> reply.status() == status).toList();
    }

    @Test
    void ofTenPaymentsForOneJobWithoutKeysOneIsCreatedAndNineAreAlreadyPaid() throws Exception {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = callout.post("/api/v1/jobs", customer.token(), PLUMBING.formatted("Leaking pipe")).get("id");
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null).status()).isEqualTo(200);
        String body = "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId);

        List<Reply> replies = race(i -> () -> callout.post("/api/v1/payments", customer.token(), body));

        assertThat(withStatus(replies, 201)).as(replies.toString()).hasSize(1);
        assertThat(withStatus(replies, 409)).hasSize(RACERS - 1)
                .allSatisfy(refused -> assertThat(refused.errorCode()).isEqualTo("ALREADY_PAID"));
        assertThat(callout.get("/api/v1/payments", customer.token()).data()).singleElement()
                .satisfies(payment -> assertThat(payment.get("id")).isEqualTo(withStatus(replies, 201).getFirst().get("id")));
    }

    @Test
    void tenJobPostsWithOneKeyPostOneJobAndEveryAnswerNamesItOrSaysItIsInUse() throws Exception {
        Account customer = callout.customer();
        String description = "Dripping tap " + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", "post-" + UUID.randomUUID());

        List<Reply> replies = race(i -> () -> callout.send("POST", "/api/v1/jobs", customer.token(),
                PLUMBING.formatted(description), key));

        List<Reply> posted = withStatus(replies, 201);
        assertThat(posted).as(replies.toString()).isNotEmpty();
        assertThat(posted).extracting(reply -> reply.get("id")).containsOnly(posted.getFirst().get("id"));
        assertThat(withStatus(replies, 409)).hasSize(RACERS - posted.size())
                .allSatisfy(busy -> assertThat(busy.errorCode()).isEqualTo("IDEMPOTENCY_KEY_IN_USE"));
        assertThat(callout.get("/api/v1/jobs", customer.token()).data()).singleElement()
                .satisfies(job -> assertThat(job.get("description")).isEqualTo(description));
    }

    @Test
    void tenSignUpsWithOneNewEmailMakeOneAccountAndNineGetEmailTaken() throws Exception {
        assertOneOfTenSignUpsWins("email", "race-" + UUID.randomUUID() + "@test.callout.dev", "EMAIL_TAKEN");
    }

    @Test
    void tenSignUpsWithOneNewPhoneMakeOneAccountAndNineGetPhoneTaken() throws Exception {
        assertOneOfTenSignUpsWins("phone",
                "+6398" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L)),
                "PHONE_TAKEN");
    }

    private void assertOneOfTenSignUpsWins(String field, String address, String takenCode) throws Exception {
        List<Reply> replies = race(i -> () -> callout.post("/api/v1/auth/register", null, """
                {"role": "customer", "name": "Racer %d", "%s": "%s", "password": "correct horse battery"}"""
                .formatted(i, field, address)));

        assertThat(withStatus(replies, 201)).as(replies.toString()).hasSize(1);
        assertThat(withStatus(replies, 409)).hasSize(RACERS - 1)
                .allSatisfy(refused -> assertThat(refused.errorCode()).isEqualTo(takenCode));
    }
}
