package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PendingEvents;
import dev.callout.application.port.PendingEvents.PendingEvent;
import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Timers.Claimed;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the stores of background work promise, whatever keeps the data: timers, the relay's view
 * of the outbox, and the dead letters both park. A failed attempt is recorded after the work's
 * transaction rolled back, as the timer loop and the relay do.
 */
public abstract class BackgroundWorkContract {

    protected abstract Timers timers();

    protected abstract Outbox outbox();

    protected abstract PendingEvents pendingEvents();

    protected abstract DeadLetters deadLetters();

    protected abstract Transactions transactions();

    /** Empties the stores before each test; stores created fresh per test need not override it. */
    protected void emptyStores() {
    }

    private static final Instant NOW = ContractFixtures.now().plus(Duration.ofDays(3650));
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 20);

    @BeforeEach
    void empty() {
        emptyStores();
    }

    private void schedule(Timer... timers) {
        transactions().inTransaction(() -> {
            for (Timer timer : timers) {
                timers().schedule(timer);
            }
            return null;
        });
    }

    /** Claims the next due timer in a transaction whose work fails, as a failing timer's does. */
    private Claimed claimedAndFailed(Instant at) {
        AtomicReference<Claimed> claimed = new AtomicReference<>();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            claimed.set(timers().claimDue(at).orElseThrow());
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");
        return claimed.get();
    }

    private Optional<Claimed> claim(Instant at) {
        return transactions().inTransaction(() -> timers().claimDue(at));
    }

    private static DeadLetter timerLetter(Timer timer, int attempts, Instant at) {
        return new DeadLetter("dlt_" + ContractFixtures.unique(), DeadLetter.Kind.TIMER, timer.kind().wireName(),
                timer.jobId().value(), null, attempts, "boom", at);
    }

    private static DeadLetter eventLetter(JobEvent event, String handler, int attempts, Instant at) {
        return new DeadLetter("dlt_" + ContractFixtures.unique(), DeadLetter.Kind.EVENT, event.type(), event.subjectId(),
                handler, attempts, handler + " failed", at);
    }

    // ---------------------------------------------------------------- timers

    @Test
    void aTimerIsClaimedOnceAndOnlyWhenDue() {
        JobId job = ContractFixtures.jobId();
        Timer later = new Timer(Timer.Kind.STEP_ENDS, job, 1, 2, NOW.plusSeconds(1));
        Timer first = new Timer(Timer.Kind.START_DISPATCH, job, 0, 0, NOW);
        schedule(later, first);

        assertThat(claim(NOW.minusMillis(1))).isEmpty();
        assertThat(claim(NOW.plusSeconds(1)).map(Claimed::timer)).contains(first);
        assertThat(claim(NOW.plusSeconds(1))).get().satisfies(claimed -> {
            assertThat(claimed.timer()).isEqualTo(later);
            assertThat(claimed.failedAttempts()).isZero();
        });
        assertThat(claim(NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aFailedTimerWaitsForItsNextAttemptAloneWhileLaterTimersFire() {
        JobId job = ContractFixtures.jobId();
        Timer failing = new Timer(Timer.Kind.STEP_ENDS, job, 1, 0, NOW);
        Timer later = new Timer(Timer.Kind.STEP_ENDS, ContractFixtures.jobId(), 1, 0, NOW.plusSeconds(1));
        schedule(failing, later);

        Claimed failed = claimedAndFailed(NOW.plusSeconds(5));
        assertThat(failed.timer()).isEqualTo(failing);
        timers().retryLater(failed, NOW.plusSeconds(100), "boom");

        assertThat(claim(NOW.plusSeconds(5)).map(Claimed::timer)).as("the later timer is not held up").contains(later);
        assertThat(claim(NOW.plusSeconds(99))).isEmpty();
        timers().retryLater(failed, NOW.plusSeconds(1_000), "recorded twice");
        assertThat(claim(NOW.plusSeconds(100))).as("due at its next attempt; a second record of one attempt is ignored")
                .get().satisfies(retried -> {
                    assertThat(retried.timer()).as("as it was set, due time included").isEqualTo(failing);
                    assertThat(retried.failedAttempts()).isEqualTo(1);
                });
    }

    @Test
    void aParkedTimerIsNoLongerDueIsListedAndARetryMakesItDueNowWithFreshAttempts() {
        Timer timer = new Timer(Timer.Kind.START_DISPATCH, ContractFixtures.jobId(), 0, 0, NOW);
        schedule(timer);
        Claimed failed = claimedAndFailed(NOW);
        timers().retryLater(failed, NOW.plusSeconds(1), "boom");
        Claimed lastAttempt = claimedAndFailed(NOW.plusSeconds(1));
        DeadLetter letter = timerLetter(timer, 2, NOW.plusSeconds(1));

        assertThat(timers().park(failed, timerLetter(timer, 1, NOW))).as("a stale attempt does not park").isFalse();
        assertThat(timers().park(lastAttempt, letter)).isTrue();
        assertThat(timers().park(lastAttempt, timerLetter(timer, 2, NOW))).as("parked once").isFalse();
        assertThat(claim(NOW.plus(Duration.ofDays(365)))).isEmpty();
        assertThat(deadLetters().list(DeadLetter.Kind.TIMER, FIRST_PAGE).items()).containsExactly(letter);
        assertThat(deadLetters().list(DeadLetter.Kind.EVENT, FIRST_PAGE).items()).isEmpty();

        Instant retriedAt = NOW.plusSeconds(3_600);
        assertThat(transactions().inTransaction(() -> deadLetters().retry(letter.id(), retriedAt))).contains(letter);
        assertThat(deadLetters().list(null, FIRST_PAGE).items()).isEmpty();
        assertThat(transactions().inTransaction(() -> deadLetters().retry(letter.id(), retriedAt))).isEmpty();
        assertThat(claim(retriedAt.minusMillis(1))).isEmpty();
        assertThat(claim(retriedAt)).get().satisfies(again -> {
            assertThat(again.timer()).isEqualTo(timer);
            assertThat(again.failedAttempts()).isZero();
        });
    }

    // ---------------------------------------------------------------- events

    private JobEvent.JobAccepted recorded() {
        JobEvent.JobAccepted accepted = new JobEvent.JobAccepted(ContractFixtures.jobId(), new UserId("usr_" + ContractFixtures.unique()),
                new UserId("usr_" + ContractFixtures.unique()), ContractFixtures.now());
        transactions().inTransaction(() -> {
            outbox().record(List.of(accepted));
            return null;
        });
        return accepted;
    }

    private Optional<PendingEvent> claimed(Instant at, JobEvent event) {
        return pendingEvents().claim(at, 1_000, LEASE).stream().filter(pending -> event.equals(pending.event())).findFirst();
    }

    @Test
    void anEventIsLeasedToOneRelayRetriedForTheHandlersLeftAndDoneOnceDelivered() {
        JobEvent.JobAccepted accepted = recorded();

        PendingEvent claimed = claimed(NOW, accepted).orElseThrow();
        assertThat(claimed.type()).isEqualTo("job.accepted");
        assertThat(claimed.subjectId()).isEqualTo(accepted.jobId().value());
        assertThat(claimed.failedAttempts()).isZero();
        assertThat(claimed.handlersLeft()).isEmpty();
        assertThat(claimed(NOW, accepted)).as("leased to the first relay").isEmpty();

        pendingEvents().retryLater(claimed, Set.of("payments"), NOW.plusSeconds(10), "boom");
        assertThat(claimed(NOW.plusSeconds(9), accepted)).isEmpty();
        PendingEvent retried = claimed(NOW.plusSeconds(10), accepted).orElseThrow();
        assertThat(retried.failedAttempts()).isEqualTo(1);
        assertThat(retried.handlersLeft()).containsExactly("payments");

        pendingEvents().delivered(retried);
        assertThat(claimed(NOW.plus(Duration.ofDays(1)), accepted)).isEmpty();
    }

    @Test
    void aReportUnderALapsedLeaseChangesNothing() {
        JobEvent.JobAccepted accepted = recorded();
        PendingEvent slow = claimed(NOW, accepted).orElseThrow();
        PendingEvent second = claimed(NOW.plus(LEASE), accepted).orElseThrow();

        pendingEvents().delivered(slow);
        pendingEvents().retryLater(slow, Set.of("payments"), NOW, "too late");
        assertThat(pendingEvents().park(slow, List.of(eventLetter(accepted, "payments", 1, NOW)))).isFalse();
        assertThat(deadLetters().list(null, FIRST_PAGE).items()).isEmpty();
        PendingEvent third = claimed(NOW.plus(LEASE).plus(LEASE), accepted).orElseThrow();
        assertThat(third.failedAttempts()).as("the late reports counted nothing").isZero();
        pendingEvents().delivered(second);
        assertThat(claimed(NOW.plus(LEASE).plus(LEASE).plus(LEASE), accepted)).as("nor did the second's, once lapsed")
                .isPresent();
    }

    @Test
    void handlersThatGiveUpAreParkedOneDeadLetterEachAndARetryBringsBackJustThatHandler() {
        JobEvent.JobAccepted accepted = recorded();
        PendingEvent claimed = claimed(NOW, accepted).orElseThrow();
        DeadLetter payments = eventLetter(accepted, "payments", 1, NOW);
        DeadLetter notifications = eventLetter(accepted, "notifications", 1, NOW.plusMillis(1));

        assertThat(pendingEvents().park(claimed, List.of(payments, notifications))).isTrue();
        assertThat(claimed(NOW.plus(Duration.ofDays(1)), accepted)).as("the relay is done with it").isEmpty();
        assertThat(deadLetters().list(DeadLetter.Kind.EVENT, FIRST_PAGE).items()).as("newest first")
                .containsExactly(notifications, payments);

        Instant retriedAt = NOW.plusSeconds(60);
        assertThat(transactions().inTransaction(() -> deadLetters().retry(payments.id(), retriedAt))).contains(payments);
        assertThat(claimed(retriedAt.minusMillis(1), accepted)).isEmpty();
        PendingEvent paymentsAgain = claimed(retriedAt, accepted).orElseThrow();
        assertThat(paymentsAgain.handlersLeft()).containsExactly("payments");
        assertThat(paymentsAgain.failedAttempts()).isZero();

        Instant secondRetry = retriedAt.plusSeconds(1);
        transactions().inTransaction(() -> deadLetters().retry(notifications.id(), secondRetry));
        pendingEvents().delivered(paymentsAgain);
        assertThat(claimed(secondRetry, accepted)).as("the retry while payments ran voided its report: both run")
                .get().satisfies(both -> assertThat(both.handlersLeft()).containsExactlyInAnyOrder("payments", "notifications"))
                .satisfies(both -> pendingEvents().delivered(both));
        assertThat(claimed(secondRetry.plus(Duration.ofDays(1)), accepted)).isEmpty();
        assertThat(deadLetters().list(null, FIRST_PAGE).total()).isZero();
    }

    // ---------------------------------------------------------------- listing

    @Test
    void deadLettersOfBothKindsAreListedNewestFirstAPageAtATime() {
        Timer timer = new Timer(Timer.Kind.STEP_ENDS, ContractFixtures.jobId(), 1, 1, NOW);
        schedule(timer);
        DeadLetter timerLetter = timerLetter(timer, 1, NOW.plusSeconds(2));
        assertThat(timers().park(claimedAndFailed(NOW), timerLetter)).isTrue();
        JobEvent.JobAccepted accepted = recorded();
        DeadLetter first = eventLetter(accepted, "payments", 1, NOW.plusSeconds(1));
        DeadLetter last = eventLetter(accepted, "dispatch", 1, NOW.plusSeconds(3));
        pendingEvents().park(claimed(NOW, accepted).orElseThrow(), List.of(first, last));

        Page<DeadLetter> page1 = deadLetters().list(null, new PageRequest(1, 2));
        assertThat(page1.items()).containsExactly(last, timerLetter);
        assertThat(page1.total()).isEqualTo(3);
        assertThat(deadLetters().list(null, new PageRequest(2, 2)).items()).containsExactly(first);
        assertThat(deadLetters().list(DeadLetter.Kind.EVENT, FIRST_PAGE).items()).containsExactly(last, first);
        assertThat(deadLetters().list(DeadLetter.Kind.TIMER, FIRST_PAGE).total()).isEqualTo(1);
        assertThat(transactions().inTransaction(() -> deadLetters().retry("dlt_unknown", NOW))).isEmpty();
    }
}
