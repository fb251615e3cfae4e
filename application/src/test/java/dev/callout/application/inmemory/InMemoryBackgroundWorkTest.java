package dev.callout.application.inmemory;

import dev.callout.application.contract.BackgroundWorkContract;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PendingEvents;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;

class InMemoryBackgroundWorkTest extends BackgroundWorkContract {

    private final InMemoryTimers timers = new InMemoryTimers();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryDeadLetters deadLetters = new InMemoryDeadLetters(timers, outbox);
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected Timers timers() {
        return timers;
    }

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected PendingEvents pendingEvents() {
        return outbox;
    }

    @Override
    protected DeadLetters deadLetters() {
        return deadLetters;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
