package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.dispatch.Dispatcher;
import dev.callout.application.port.Jobs;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A job offered as its posting commits, on PostgreSQL with the real relay: offered once however many dispatches of
 * it run at once, and offered by the relay when the dispatch at posting never runs, or when the node that took the
 * post runs no dispatch workers ({@code callout.dispatch.workers=false}) and another node's relay does.
 */
class DispatchAtPostingEndToEndTest {

    /** Somewhere of its own, far from the other tests' providers (Cagayan de Oro); each test a degree east of the last. */
    private static final double LAT = 8.4542;
    private static final double LNG = 124.6319;

    /** The dispatch at posting dead on every job, so that only the relay (or the test) dispatches. */
    private static RunningCallout relayOnly;

    @BeforeAll
    static void start() {
        relayOnly = RunningCallout.start(Map.of(DeadPostingDispatch.PROPERTY, "true",
                "callout.dispatch.relay-poll-interval", "100ms"));
    }

    @AfterAll
    static void stop() {
        relayOnly.close();
    }

    @Test
    void aJobPostedWhereBothThePostingAndTheRelayDispatchItIsOfferedOnce() {
        RunningCallout callout = RunningCallout.get();
        List<Account> near = onlineProviders(callout, 2, LNG);

        String job = post(callout, callout.customer(), LNG);

        awaitRelayed(callout, job);
        assertThat(offers(callout, job)).as("each of the %d providers near once", near.size()).isEqualTo(near.size());
    }

    @Test
    void withTheDispatchAtPostingDeadTheRelayOffersTheJob() {
        Account provider = onlineProviders(relayOnly, 1, LNG + 1).getFirst();
        try (SocketProbe socket = SocketProbe.connect(relayOnly.server.getURL().toString(), provider.token(),
                relayOnly.context.getBean(JsonMapper.class))) {
            socket.await("connected");

            String job = post(relayOnly, relayOnly.customer(), LNG + 1);

            socket.await("job.offered", data -> job.equals(data.get("job_id")));
            assertThat(offers(relayOnly, job)).isEqualTo(1);
        }
    }

    @Test
    void aJobPostedOnANodeWithoutTheDispatchWorkersIsOfferedByTheRelayOfAnother() {
        RunningCallout workers = RunningCallout.get();
        try (RunningCallout requestsOnly = workers.anotherNode(Map.of("callout.dispatch.workers", "false"))) {
            assertThat(requestsOnly.context.findBean(PostingDispatch.class)).as("no dispatch at posting").isEmpty();
            assertThat(requestsOnly.context.findBean(DispatchWorkers.class)).as("no relay, no timers").isEmpty();
            Account provider = onlineProviders(requestsOnly, 1, LNG + 3).getFirst();
            try (SocketProbe socket = SocketProbe.connect(requestsOnly.server.getURL().toString(), provider.token(),
                    requestsOnly.context.getBean(JsonMapper.class))) {
                socket.await("connected");

                String job = post(requestsOnly, requestsOnly.customer(), LNG + 3);

                socket.await("job.offered", data -> job.equals(data.get("job_id")));
                awaitRelayed(workers, job);
                assertThat(offers(workers, job)).isEqualTo(1);
            }
        }
    }

    @Test
    void fourDispatchesOfOneJobAtOnceOfferItOnce() throws Exception {
        List<Account> near = onlineProviders(relayOnly, 2, LNG + 2);
        Dispatcher dispatcher = relayOnly.context.getBean(Dispatcher.class);
        Jobs jobs = relayOnly.context.getBean(Jobs.class);
        for (int round = 0; round < 5; round++) {
            Job job = jobs.byId(new JobId(post(relayOnly, relayOnly.customer(), LNG + 2))).orElseThrow();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> dispatches = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                dispatches.add(Thread.ofPlatform().start(() -> {
                    awaitQuietly(go);
                    dispatcher.posted(job);
                }));
            }
            go.countDown();
            for (Thread dispatch : dispatches) {
                assertThat(dispatch.join(Duration.ofSeconds(30))).isTrue();
            }
            awaitRelayed(relayOnly, job.id().value());
            assertThat(offers(relayOnly, job.id().value())).as("four dispatches and the relay's, one wave")
                    .isEqualTo(near.size());
        }
    }

    private static List<Account> onlineProviders(RunningCallout callout, int count, double lng) {
        List<Account> providers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account provider = callout.provider("plumber");
            callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}");
            assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                    "{\"lat\": %s, \"lng\": %s}".formatted(LAT + 0.001 * (i + 1), lng)).status()).isEqualTo(200);
            providers.add(provider);
        }
        return providers;
    }

    private static String post(RunningCallout callout, Account customer, double lng) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "plumber", "description": "a leak under the sink",
                 "location": {"lat": %s, "lng": %s}, "urgency": "immediate"}""".formatted(LAT, lng));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.get("id");
    }

    /** Until the relay is done with the job's job.posted (its own dispatch of the job included). */
    private static void awaitRelayed(RunningCallout callout, String job) {
        TrustWorld.eventually(() -> callout.count("SELECT count(*) FROM outbox WHERE event_type = 'job.posted'"
                + " AND subject_id = ? AND published_at IS NOT NULL", job), relayed -> relayed == 1);
    }

    private static long offers(RunningCallout callout, String job) {
        return callout.count("SELECT count(*) FROM outbox WHERE event_type = 'job.offered' AND subject_id = ?", job);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
