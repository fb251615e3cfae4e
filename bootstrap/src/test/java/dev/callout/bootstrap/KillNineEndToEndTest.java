package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.IdempotencySteps.Step;
import dev.callout.bootstrap.CrashWorld.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callout as a process of its own on a PostgreSQL this test owns, killed for real. "Test it by
 * killing the process at each step": it halts itself at a step of a keyed request, and a retry
 * with the same key after the restart replays the answer or runs the request exactly once, as the
 * database shows. "kill -9 under load loses no acknowledged write and duplicates no notification":
 * it is SIGKILLed while jobs are posted, taken, moved and talked about, and restarted on the same
 * database.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // seven server starts, a minute each on a busy machine
class KillNineEndToEndTest {

    private static final Logger LOG = LoggerFactory.getLogger(KillNineEndToEndTest.class);
    private static final Duration RETRY_LIMIT = Duration.ofSeconds(30);

    private static CrashWorld world;
    private static Account customer;
    private static Account provider;

    @BeforeAll
    static void start() {
        world = new CrashWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** One keyed request to kill at one step: made ready, sent (the server halts), then retried after a restart. */
    private abstract static class Crash {

        final Step step;
        final String key;

        Crash(Step step, String route) {
            this.step = step;
            this.key = "crash-" + route + "-" + UUID.randomUUID();
        }

        /** Unkeyed requests that set it up, then the keyed one, which the server dies under. */
        abstract Reply send();

        /** After the restart: the retry and what the database must hold. */
        abstract void verify();
    }

    @Test
    void aKeyedRequestKilledAtEachStepIsReplayedOrRunsOnceAfterARestart() {
        List<Crash> crashes = new ArrayList<>();
        for (Step step : Step.values()) {
            crashes.add(new JobPostCrash(step));
        }
        for (Step step : Step.values()) {
            crashes.add(new PaymentCrash(step));
        }
        Crash previous = null;
        for (Crash crash : crashes) {
            // the process for this crash also serves the retry of the previous one: one restart per kill
            world.restart(HaltAtStep.point(crash.step, crash.key));
            if (previous == null) {
                customer = world.register("customer", null);
                provider = world.register("provider", "[\"plumber\"]");
            } else {
                previous.verify();
            }
            assertThat(answerOrDeath(crash)).as("the server dies under the request at %s", crash.step).isNull();
            assertThat(world.node().awaitExit()).as("halted at %s: %s", crash.step, world.node().logTail())
                    .isEqualTo(HaltAtStep.EXIT_STATUS);
            previous = crash;
        }
        world.restart();
        previous.verify();
    }

    /** The answer to the keyed request, or null when the server died under it. */
    private static String answerOrDeath(Crash crash) {
        try {
            Reply answer = crash.send();
            return answer.status() + " " + answer.text() + "\n" + world.node().logTail();
        } catch (UncheckedIOException died) {
            return null;
        }
    }

    private static Reply keyed(String path, String token, String body, String key) {
        return world.node().send("POST", path, token, body, Map.of("Idempotency-Key", key));
    }

    /** The retry, repeated while the dead request's lease has not ended yet. */
    private static Reply retry(String path, String token, String body, String key) {
        return CrashWorld.eventually(RETRY_LIMIT, () -> keyed(path, token, body, key),
                reply -> reply.status() != 409 || !"IDEMPOTENCY_KEY_IN_USE".equals(reply.errorCode()));
    }

    private static boolean replayed(Reply reply) {
        return reply.raw().headers().firstValue("Idempotent-Replayed").isPresent();
    }

    private static final class JobPostCrash extends Crash {

        private final String body = """
                {"category": "plumber", "description": "%s", "urgency": "immediate",
                 "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"}}""".formatted(key);

        JobPostCrash(Step step) {
            super(step, "job");
        }

        @Override
        Reply send() {
            return keyed("/api/v1/jobs", customer.token(), body, key);
        }

        @Override
        void verify() {
            Reply retried = retry("/api/v1/jobs", customer.token(), body, key);

            assertThat(retried.status()).as("%s: %s", step, retried.text()).isEqualTo(201);
            assertThat(world.strings("SELECT id FROM jobs WHERE description = ?", key)).as("one job, killed at %s", step)
                    .containsExactly(retried.get("id"));
            // killed before its work committed it runs now; after, the answer kept with the work is replayed
            assertThat(replayed(retried)).as("replayed after a kill at %s", step).isEqualTo(step != Step.CLAIMED);
            assertThat(world.count("SELECT count(*) FROM outbox WHERE subject_id = ? AND event_type = 'job.posted'",
                    retried.get("id"))).as("posted once").isOne();
        }
    }

    private static final class PaymentCrash extends Crash {

        private String jobId;
        private String body;

        PaymentCrash(Step step) {
            super(step, "pay");
        }

        /** A job ten days ahead, so the card is charged at once (captured: ledger entries) rather than held. */
        @Override
        Reply send() {
            Instant inTenDays = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            Reply posted = world.node().send("POST", "/api/v1/jobs", customer.token(), """
                    {"category": "plumber", "description": "Boiler service", "urgency": "scheduled", "scheduled_at": "%s",
                     "location": {"lat": 14.5547, "lng": 121.0244}}""".formatted(inTenDays));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            jobId = posted.get("id");
            Reply accepted = world.node().send("POST", "/api/v1/jobs/" + jobId + "/accept", provider.token(), null);
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
            body = "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId);
            return keyed("/api/v1/payments", customer.token(), body, key);
        }

        @Override
        void verify() {
            Reply retried = retry("/api/v1/payments", customer.token(), body, key);

            List<String> payments = world.strings("SELECT id FROM payments WHERE job_id = ?", jobId);
            assertThat(payments).as("one payment, killed at %s: %s", step, retried.text()).containsExactly(retried.get("id"));
            assertThat(world.strings("SELECT status FROM payments WHERE job_id = ?", jobId)).containsExactly("captured");
            assertThat(world.rows("SELECT payment_id, account_type, amount_minor FROM ledger_entries WHERE job_id = ? ORDER BY id",
                    jobId)).as("one ledger set: the charge, customer to the platform's holding")
                    .extracting(entry -> entry.get(0) + " " + entry.get(1))
                    .containsExactly(payments.getFirst() + " customer", payments.getFirst() + " platform_holding");
            switch (step) {
                case CLAIMED -> {
                    assertThat(retried.status()).as("runs now").isEqualTo(201);
                    assertThat(replayed(retried)).isFalse();
                }
                case WORK_COMMITTED -> {
                    // what was kept with the payment's own transaction, before the gateway was asked
                    assertThat(retried.status()).as(retried.text()).isEqualTo(202);
                    assertThat(retried.get("status")).isEqualTo("pending");
                    assertThat(replayed(retried)).isTrue();
                }
                case ANSWER_STORED -> {
                    assertThat(retried.status()).isEqualTo(201);
                    assertThat(retried.get("status")).isEqualTo("captured");
                    assertThat(replayed(retried)).isTrue();
                }
            }
        }
    }

    // ---- kill -9 under load

    private static final int PAIRS = 3;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 60;
    private static final List<String> LIFECYCLE = List.of("accepted", "en_route", "in_progress", "completed");
    /** The notification each job event makes for the customer (BlueWork's list); none for the others. */
    private static final Map<String, String> NOTIFIED = Map.of("job.accepted:", "job_accepted",
            "job.status_changed:en_route", "job_en_route", "job.status_changed:in_progress", "job_started",
            "job.status_changed:completed", "job_completed", "job.status_changed:no_provider_found", "job_no_provider");

    /** A write the server answered with a 2xx: it must be in the database after any crash. */
    private record Ack(String kind, String jobId, String detail) {
    }

    @Test
    void killedUnderLoadItLosesNoAcknowledgedWriteAndNotifiesNobodyTwice() throws Exception {
        world.plain();
        List<Account> customers = new ArrayList<>();
        List<Account> providers = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            customers.add(world.register("customer", null));
            providers.add(world.register("provider", "[\"plumber\"]"));
        }
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
        List<Thread> drivers = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            Account customer = customers.get(i);
            Account provider = providers.get(i);
            drivers.add(Thread.ofPlatform().name("load-" + i).start(() -> drive(customer, provider, acks, serverErrors)));
        }
        CrashWorld.eventually(Duration.ofMinutes(3), acks::size, size -> size >= ACKNOWLEDGED_BEFORE_THE_KILL);

        world.node().kill();
        for (Thread driver : drivers) {
            driver.join(Duration.ofMinutes(1));
            assertThat(driver.isAlive()).as("a load thread outlived the server").isFalse();
        }
        String[] jobs = world.strings("SELECT id FROM jobs WHERE customer_id = ANY(?)",
                (Object) customers.stream().map(Account::id).toArray(String[]::new)).toArray(String[]::new);
        LOG.info("killed after {} acknowledged writes on {} jobs; notifications not yet made at the kill: {}", acks.size(),
                jobs.length, missing(expectedNotifications(jobs), notifications(jobs)));
        world.restart();

        assertThat(serverErrors).as("no 5xx under load").isEmpty();
        assertEveryAcknowledgedWriteIsStored(List.copyOf(acks));
        // the relay delivers after the restart what was committed before the kill, a lapsed lease included
        CrashWorld.eventually(Duration.ofSeconds(120), () -> missing(expectedNotifications(jobs), notifications(jobs)),
                Map::isEmpty);
        assertThat(notifications(jobs)).as("one notification per job event and recipient").isEqualTo(expectedNotifications(jobs));
    }

    /** One customer and one provider walking jobs through their life, each 2xx noted, until the server dies. */
    private static void drive(Account customer, Account provider, Queue<Ack> acks, Queue<String> serverErrors) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Reply posted = world.node().send("POST", "/api/v1/jobs", customer.token(), """
                        {"category": "plumber", "description": "Load %s", "urgency": "immediate",
                         "location": {"lat": 14.5547, "lng": 121.0244}}""".formatted(UUID.randomUUID()));
                if (!acknowledged(posted, serverErrors)) {
                    continue;
                }
                String job = posted.get("id");
                acks.add(new Ack("posted", job, customer.id()));
                for (String status : LIFECYCLE) {
                    Reply moved = status.equals("accepted")
                            ? world.node().send("POST", "/api/v1/jobs/" + job + "/accept", provider.token(), null)
                            : world.node().send("PATCH", "/api/v1/jobs/" + job + "/status", provider.token(),
                            "{\"status\": \"" + status + "\"}");
                    if (!acknowledged(moved, serverErrors)) {
                        break;
                    }
                    acks.add(new Ack(status, job, provider.id()));
                    Account sender = status.equals("in_progress") ? provider : customer;
                    Reply message = world.node().send("POST", "/api/v1/jobs/" + job + "/messages", sender.token(),
                            "{\"content\": \"" + status + " noted\"}");
                    if (acknowledged(message, serverErrors)) {
                        acks.add(new Ack("message", job, message.get("id")));
                    }
                }
            }
        } catch (UncheckedIOException died) {
            // the server was killed under this request: whether it was written is unknown, and not asserted
        }
    }

    private static boolean acknowledged(Reply reply, Queue<String> serverErrors) {
        if (reply.status() >= 500) {
            serverErrors.add(reply.status() + " " + reply.text());
        }
        return reply.status() >= 200 && reply.status() < 300;
    }

    private static void assertEveryAcknowledgedWriteIsStored(List<Ack> acks) {
        String[] jobIds = acks.stream().map(Ack::jobId).distinct().toArray(String[]::new);
        Map<String, List<String>> stored = new HashMap<>();
        for (List<String> row : world.rows("SELECT id, provider_id, status FROM jobs WHERE id = ANY(?)", (Object) jobIds)) {
            stored.put(row.get(0), row);
        }
        List<String> messages = world.strings("SELECT id FROM messages WHERE job_id = ANY(?)", (Object) jobIds);
        for (Ack ack : acks) {
            List<String> job = stored.get(ack.jobId());
            assertThat(job).as("acknowledged job %s", ack.jobId()).isNotNull();
            switch (ack.kind()) {
                case "posted" -> {
                }
                case "message" -> assertThat(messages).as("acknowledged message of %s", ack.jobId()).contains(ack.detail());
                default -> {
                    assertThat(job.get(1)).as("the provider of %s", ack.jobId()).isEqualTo(ack.detail());
                    assertThat(LIFECYCLE.indexOf(job.get(2))).as("%s is at least %s", ack.jobId(), ack.kind())
                            .isGreaterThanOrEqualTo(LIFECYCLE.indexOf(ack.kind()));
                }
            }
        }
    }

    /** Per "job type", the notifications the committed job events call for. */
    private static Map<String, Long> expectedNotifications(String[] jobs) {
        Map<String, Long> expected = new HashMap<>();
        for (List<String> event : world.rows("SELECT subject_id, event_type, coalesce(payload->>'to', '') FROM outbox "
                + "WHERE subject_id = ANY(?) AND event_type IN ('job.accepted', 'job.status_changed')", (Object) jobs)) {
            String type = NOTIFIED.get(event.get(1) + ":" + event.get(2));
            if (type != null) {
                expected.merge(event.get(0) + " " + type, 1L, Long::sum);
            }
        }
        return expected;
    }

    private static Map<String, Long> notifications(String[] jobs) {
        Map<String, Long> made = new HashMap<>();
        for (List<String> row : world.rows("SELECT payload->>'job_id', type, count(*) FROM notifications "
                + "WHERE payload->>'job_id' = ANY(?) GROUP BY 1, 2", (Object) jobs)) {
            made.put(row.get(0) + " " + row.get(1), Long.parseLong(row.get(2)));
        }
        return made;
    }

    /** What {@code made} lacks of {@code expected}, and anything it has too much of (as a negative count). */
    private static Map<String, Long> missing(Map<String, Long> expected, Map<String, Long> made) {
        Map<String, Long> difference = new HashMap<>(expected);
        made.forEach((key, count) -> difference.merge(key, -count, Long::sum));
        difference.values().removeIf(count -> count == 0);
        return difference;
    }
}
