package dev.callout.application;

import dev.callout.application.port.Transactions;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one decision against stored state in a transaction of its own. An attempt answers empty
 * when a conditional write found that another writer came first: its transaction is rolled back
 * with all it wrote, and the decision is taken again on what is stored now.
 */
public final class TransitionRunner {

    public static final int ATTEMPTS = 5;

    private final Transactions transactions;

    public TransitionRunner(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The first attempt that settled, or empty when every one of {@link #ATTEMPTS} lost its race. */
    public <R> Optional<R> run(Supplier<Optional<R>> attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return Optional.of(transactions.inTransaction(() -> attempt.get().orElseThrow(LostRace::new)));
            } catch (LostRace lost) {
                // rolled back: decide again on the fresh state
            }
        }
        return Optional.empty();
    }

    private static final class LostRace extends RuntimeException {
        LostRace() {
            super(null, null, false, false);
        }
    }
}
