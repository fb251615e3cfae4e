package dev.callout.application.dispatch;

import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import java.time.Clock;

/**
 * Fires the dispatch timers that are due, each in its own transaction with the work it causes,
 * so a timer is gone exactly when its work committed. Call it periodically on every node; nodes
 * never fire the same timer twice.
 */
public final class RunDueTimers {

    private final Timers timers;
    private final Dispatcher dispatcher;
    private final Transactions transactions;
    private final Clock clock;

    public RunDueTimers(Timers timers, Dispatcher dispatcher, Transactions transactions, Clock clock) {
        this.timers = timers;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Fires every timer due now; returns how many. */
    public int runDue() {
        int fired = 0;
        while (transactions.inTransaction(() -> timers.claimDue(clock.instant()).map(timer -> {
            dispatcher.onTimer(timer);
            return true;
        }).orElse(false))) {
            fired++;
        }
        return fired;
    }
}
