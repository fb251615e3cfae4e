package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows. The flows that move money or
 * standing happen once, however often or concurrently they are asked for (accept, pay, rate,
 * favourite, dispute), and no party can play the other's part (self-dealing: a customer accepting
 * or completing their own job, confirming their own cash, refunding themselves; a provider releasing
 * the escrow; an admin changing their own account).
 */
class Api6BusinessFlowsProbeTest {

    private final ProbeTarget target = ProbeTarget.get();

    private Answer post(String path, User user, Map<String, Object> body) {
        return target.send("POST", path, user.token(), body == null ? null : target.json(body));
    }

    /** The same request from many threads at once; the answers' statuses. */
    private static List<Integer> atOnce(int times, Callable<Answer> request) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(times)) {
            List<Future<Answer>> answers = IntStream.range(0, times).mapToObj(i -> threads.submit(request)).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                statuses.add(answer.get().status());
            }
            return statuses;
        }
    }

    @Test
    void aJobIsAcceptedOnceWhenManyProvidersTakeItAtOnce() throws Exception {
        User customer = target.customer();
        List<User> providers = IntStream.range(0, 6).mapToObj(i -> target.provider("plumber")).toList();
        String jobId = target.job(customer, providers.getFirst(), "requested");
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = atOnce(providers.size(),
                () -> post("/api/v1/jobs/" + jobId + "/accept", providers.get(next.getAndIncrement()), null));
        assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        String winner = (String) target.send("GET", "/api/v1/jobs/" + jobId, customer.token(), null).json().get("provider_id");
        assertThat(providers.stream().map(User::id)).contains(winner);
        Answer again = post("/api/v1/jobs/" + jobId + "/accept", providers.stream().filter(p -> p.id().equals(winner)).findFirst()
                .orElseThrow(), null);
        assertThat(again.status()).as("the winner accepting again").isIn(409, 422);
    }

    @Test
    void aJobIsPaidOnceWhenPaymentsRaceWithoutKeys() throws Exception {
        User customer = target.customer();
        User provider = target.provider("plumber");
        String jobId = target.job(customer, provider, "completed");
        List<Integer> statuses = atOnce(8, () -> post("/api/v1/payments", customer, Map.of("job_id", jobId, "method", "cash")));
        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(target.send("GET", "/api/v1/payments", customer.token(), null).data()).hasSize(1);
        Answer again = post("/api/v1/payments", customer, Map.of("job_id", jobId, "method", "card"));
        assertThat(again.errorCode()).isEqualTo("ALREADY_PAID");
    }

    @Test
    void aPartyRatesAJobOnceAndFavouritesAndDisputesHappenOnce() throws Exception {
        User customer = target.customer();
        User provider = target.provider("plumber");
        String jobId = target.job(customer, provider, "completed");
        List<Integer> reviews = atOnce(6, () -> post("/api/v1/reviews", customer, Map.of("job_id", jobId, "rating", 1)));
        assertThat(reviews).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(target.send("GET", "/api/v1/reviews/mine", customer.token(), null).data()).hasSize(1);

        List<Integer> favourites = atOnce(6, () -> post("/api/v1/favorites", customer, Map.of("provider_id", provider.id())));
        assertThat(favourites).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);

        List<Integer> disputes = atOnce(6, () -> post("/api/v1/disputes", customer, Map.of("job_id", jobId, "reason", "probe")));
        assertThat(disputes).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(target.send("GET", "/api/v1/disputes", customer.token(), null).data()).hasSize(1);
    }

    @Test
    void noPartyPlaysTheOthersPart() {
        User customer = target.customer();
        User provider = target.provider("plumber");
        User admin = target.admin();
        String requested = target.job(customer, provider, "requested");
        assertThat(post("/api/v1/jobs/" + requested + "/accept", customer, null).status()).as("a customer accepting").isEqualTo(403);
        assertThat(post("/api/v1/payments", customer, Map.of("job_id", requested, "method", "cash")).status())
                .as("paying a job nobody took").isIn(400, 422);

        String accepted = target.job(customer, provider, "accepted");
        Answer completing = target.send("PATCH", "/api/v1/jobs/" + accepted + "/status", customer.token(),
                target.json(Map.of("status", "completed")));
        assertThat(completing.status()).as("a customer completing their own job").isEqualTo(403);

        String completed = target.job(customer, provider, "completed");
        String cash = post("/api/v1/payments", customer, Map.of("job_id", completed, "method", "cash")).get("id");
        assertThat(post("/api/v1/payments/" + cash + "/cash-confirm", customer, null).status()).as("confirming your own cash")
                .isEqualTo(403);
        assertThat(post("/api/v1/payments/" + cash + "/release", provider, null).status()).as("a provider releasing").isEqualTo(403);
        assertThat(post("/api/v1/payments/" + cash + "/refunds", customer, Map.of("reason", "mine")).status())
                .as("a customer refunding themselves").isEqualTo(403);
        assertThat(target.send("GET", "/api/v1/payments/" + cash, customer.token(), null).get("status")).isEqualTo("pending");

        Answer ownAccount = target.send("PATCH", "/api/v1/admin/users/" + admin.id(), admin.token(),
                target.json(Map.of("status", "suspended", "note", "probe")));
        assertThat(ownAccount.status()).isEqualTo(422);
        assertThat(ownAccount.errorCode()).isEqualTo("CANNOT_CHANGE_OWN_ACCOUNT");
    }

    @Test
    void aKeyedPaymentRetriedReplaysTheFirstAnswerAndChargesOnce() {
        User customer = target.customer();
        User provider = target.provider("plumber");
        String jobId = target.job(customer, provider, "completed");
        Map<String, String> key = Map.of("Idempotency-Key", "probe-" + jobId);
        String body = target.json(Map.of("job_id", jobId, "method", "cash"));
        Answer first = target.send("POST", "/api/v1/payments", customer.token(), "application/json",
                body.getBytes(StandardCharsets.UTF_8), key);
        Answer retry = target.send("POST", "/api/v1/payments", customer.token(), "application/json",
                body.getBytes(StandardCharsets.UTF_8), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.get("id")).isEqualTo(first.get("id"));
        assertThat(target.send("GET", "/api/v1/payments", customer.token(), null).data()).hasSize(1);
    }
}
