package dev.callout.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.TestClock;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.AnswerKeeper;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.KeyedWork;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.Outcome;
import dev.callout.application.inmemory.InMemoryIdempotencyKeys;
import dev.callout.application.port.IdempotencySteps.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class IdempotentRequestsServiceTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final IdempotencyKey KEY = new IdempotencyKey("usr_maria", "POST /api/v1/jobs", "post-1");
    private static final StoredResponse KEPT = new StoredResponse(202, "{\"id\":\"job_1\",\"status\":\"pending\"}");
    private static final StoredResponse FINAL = new StoredResponse(201, "{\"id\":\"job_1\"}");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final List<Step> steps = new ArrayList<>();
    private final IdempotentRequestsService requests = new IdempotentRequestsService(keys, (step, key) -> steps.add(step),
            clock, LEASE);
    private int runs;

    /** Work that keeps KEPT "in its transaction", then does {@code after}, and answers FINAL. */
    private KeyedWork<String> work(Consumer<AnswerKeeper> after) {
        return new KeyedWork<>() {
            @Override
            public String run(AnswerKeeper keeper) {
                runs++;
                keeper.keep(KEPT);
                after.accept(keeper);
                return "posted";
            }

            @Override
            public Optional<StoredResponse> answer(String outcome) {
                return Optional.of(FINAL);
            }
        };
    }

    private KeyedWork<String> work() {
        return work(keeper -> {
        });
    }

    @Test
    void aRequestRunsOnceAndRepeatsGetItsFinalAnswer() {
        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Ran<>("posted"));
        assertThat(steps).containsExactly(Step.CLAIMED, Step.WORK_COMMITTED, Step.ANSWER_STORED);

        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Replayed<>(FINAL));
        assertThat(requests.run(KEY, "another body", work())).isEqualTo(new Outcome.Mismatch<>());
        assertThat(runs).isOne();
    }

    @Test
    void aRepeatWhileTheFirstRunsIsInProgress() {
        List<Outcome<String>> repeats = new ArrayList<>();
        requests.run(KEY, "body", work(keeper -> repeats.add(requests.run(KEY, "body", work()))));

        assertThat(repeats).containsExactly(new Outcome.InProgress<>());
        assertThat(runs).isOne();
    }

    @Test
    void aRequestThatDiedAfterItsClaimRunsOnceTheLeaseEnds() {
        Instant now = clock.instant();
        keys.claim(KEY, "body", "the dead request", now, now.plus(LEASE), now.minus(IdempotentRequestsService.RETENTION));

        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.InProgress<>());
        clock.advance(LEASE.plusSeconds(1));
        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Ran<>("posted"));
        assertThat(runs).isOne();
    }

    @Test
    void aRequestThatDiedAfterItsWorkCommittedIsReplayedOnceTheLeaseEnds() {
        Instant now = clock.instant();
        keys.claim(KEY, "body", "the dead request", now, now.plus(LEASE), now.minus(IdempotentRequestsService.RETENTION));
        keys.keep(KEY, "the dead request", KEPT);

        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.InProgress<>());
        clock.advance(LEASE.plusSeconds(1));
        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Replayed<>(KEPT));
        assertThat(runs).as("never run twice").isZero();
    }

    @Test
    void aFailureBeforeTheWorkCommittedFreesTheKeyAtOnce() {
        KeyedWork<String> failing = new KeyedWork<>() {
            @Override
            public String run(AnswerKeeper keeper) {
                throw new IllegalStateException("the database went away");
            }

            @Override
            public Optional<StoredResponse> answer(String outcome) {
                return Optional.of(FINAL);
            }
        };
        assertThatThrownBy(() -> requests.run(KEY, "body", failing)).hasMessage("the database went away");

        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Ran<>("posted"));
    }

    @Test
    void aFailureAfterTheWorkCommittedKeepsItsAnswer() {
        assertThatThrownBy(() -> requests.run(KEY, "body", work(keeper -> {
            throw new IllegalStateException("the gateway adapter broke");
        }))).hasMessage("the gateway adapter broke");

        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.InProgress<>());
        clock.advance(LEASE.plusSeconds(1));
        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Replayed<>(KEPT));
        assertThat(runs).isOne();
    }

    @Test
    void aServerErrorIsNotKeptSoARetryRunsAgain() {
        KeyedWork<String> serverError = new KeyedWork<>() {
            @Override
            public String run(AnswerKeeper keeper) {
                runs++;
                return "503";
            }

            @Override
            public Optional<StoredResponse> answer(String outcome) {
                return Optional.empty();
            }
        };
        assertThat(requests.run(KEY, "body", serverError)).isEqualTo(new Outcome.Ran<>("503"));

        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Ran<>("posted"));
        assertThat(runs).isEqualTo(2);
    }

    @Test
    void aRequestOutlivingItsLeaseCannotCommitOnceARetryTookTheKeyOver() {
        List<Outcome<String>> retries = new ArrayList<>();
        KeyedWork<String> slow = new KeyedWork<>() {
            @Override
            public String run(AnswerKeeper keeper) {
                clock.advance(LEASE.plusSeconds(1));
                retries.add(requests.run(KEY, "body", work()));
                keeper.keep(new StoredResponse(201, "{\"id\":\"job_2\"}")); // refused: its transaction rolls back
                throw new AssertionError("the slow request's work went on after losing its claim");
            }

            @Override
            public Optional<StoredResponse> answer(String outcome) {
                return Optional.of(FINAL);
            }
        };

        assertThat(requests.run(KEY, "body", slow)).isEqualTo(new Outcome.InProgress<>());
        assertThat(retries).containsExactly(new Outcome.Ran<>("posted"));
        assertThat(requests.run(KEY, "body", work())).isEqualTo(new Outcome.Replayed<>(FINAL));
    }
}
