package dev.callout.application.inmemory;

import dev.callout.application.port.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises units of work so each sees a consistent view. The in-memory stores cannot roll
 * back, so a unit of work must only write after all its checks, as the services do.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
