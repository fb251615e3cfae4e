package dev.callout.domain.dispatch;

/**
 * One step of a dispatch wave: whom it offers the job to. Each step's offers stand for the
 * policy's offer timeout, then the next step follows.
 */
public sealed interface DispatchStep {

    /** Whether a step that finds nobody is passed over at once instead of standing for the timeout. */
    boolean skippedWhenEmpty();

    /**
     * The customer's favourites who could take the job now (the same eligibility as any offer,
     * but wherever they are). A customer with none available loses no time: the step is skipped.
     */
    record Favorites() implements DispatchStep {
        @Override
        public boolean skippedWhenEmpty() {
            return true;
        }
    }

    /**
     * The best batch of eligible providers within {@code radiusKm}. It stands even when nobody is
     * found, since providers come online and move meanwhile.
     */
    record Nearby(double radiusKm) implements DispatchStep {
        @Override
        public boolean skippedWhenEmpty() {
            return false;
        }
    }
}
