package dev.callout.application.dispatch;

import dev.callout.application.background.FailedWork;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Timers.Claimed;
import dev.callout.application.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fires the dispatch timers that are due, each in its own transaction with the work it causes,
 * so a timer is gone exactly when its work committed. A timer whose work fails is rolled back,
 * then, in a transaction of its own, counted and set to try again after a backoff (or parked
 * after the last attempt), so the timers after it fire meanwhile. Call it periodically on every
 * node; nodes never fire the same timer twice.
 */
public final class RunDueTimers {

    private final Timers timers;
    private final Dispatcher dispatcher;
    private final Transactions transactions;
    private final Clock clock;
    private final FailedWork failures;

    public RunDueTimers(Timers timers, Dispatcher dispatcher, Transactions transactions, Clock clock, FailedWork failures) {
        this.timers = timers;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.clock = clock;
        this.failures = failures;
    }

    /** Fires every timer due now; returns how many did their work. */
    public int runDue() {
        int fired = 0;
        while (true) {
            AtomicReference<Claimed> claimed = new AtomicReference<>();
            try {
                boolean any = transactions.inTransaction(() -> timers.claimDue(clock.instant()).map(due -> {
                    claimed.set(due);
                    dispatcher.onTimer(due.timer());
                    return true;
                }).orElse(false));
                if (!any) {
                    return fired;
                }
                fired++;
            } catch (RuntimeException e) {
                if (claimed.get() == null) {
                    throw e;
                }
                failed(claimed.get(), e);
            }
        }
    }

    private void failed(Claimed claimed, RuntimeException cause) {
        Instant now = clock.instant();
        String error = FailedWork.describe(cause);
        String what = "timer " + claimed.timer().kind().wireName() + " of " + claimed.timer().jobId().value();
        if (!failures.isLast(claimed.failedAttempts())) {
            Instant retryAt = failures.retryAt(now, claimed.failedAttempts());
            transactions.inTransaction(() -> {
                timers.retryLater(claimed, retryAt, error);
                return null;
            });
            failures.willRetry(what, claimed.failedAttempts(), retryAt, error);
            return;
        }
        DeadLetter deadLetter = failures.deadLetter(DeadLetter.Kind.TIMER, claimed.timer().kind().wireName(),
                claimed.timer().jobId().value(), null, claimed.failedAttempts(), error, now);
        if (transactions.inTransaction(() -> timers.park(claimed, deadLetter))) {
            failures.parked(deadLetter, cause);
        }
    }
}
