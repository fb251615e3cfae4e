package dev.callout.application.payment;

import java.time.Duration;

/**
 * Makes the gateway calls that changes asked for but that never completed (the process died
 * after commit, or the gateway did not answer), with their original idempotency keys. Run
 * periodically; a call younger than {@code olderThan} is left to the request that made it.
 */
public interface SettleGatewayCallsUseCase {

    /** How many payments were worked on. */
    int settlePending(Duration olderThan, int limit);
}
