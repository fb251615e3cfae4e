package dev.callout.application.port;

import java.util.function.Supplier;

/** Runs work atomically: all of its writes happen, or none. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
