package dev.callout.application.idempotency;

/**
 * Called by a service inside the transaction that commits its work, with what the work came to:
 * whatever it writes (a keyed request's answer) commits with the work or not at all.
 */
@FunctionalInterface
public interface OnCommit<R> {

    void committing(R result);

    static <R> OnCommit<R> nothing() {
        return result -> {
        };
    }
}
