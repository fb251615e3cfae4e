package dev.callout.bootstrap;

import dev.callout.application.payment.SettleGatewayCallsUseCase;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 30 seconds (callout.payments.settle-interval; the first time 10 seconds after start,
 * callout.payments.settle-initial-delay), makes the gateway calls that committed changes asked
 * for but that never completed: the process died after commit, or the gateway did not answer. The
 * calls reuse their idempotency keys, so a call that did reach the gateway is not made twice. One
 * payment that fails is skipped (the use case logs it) and the rest settle; a round that fails as
 * a whole is logged and the next one runs. Safe on any number of nodes; off with
 * callout.dispatch.workers=false.
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class PaymentSweeper extends BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger("callout.payments");

    private final PeriodicTask task;

    PaymentSweeper(SettleGatewayCallsUseCase settle, PaymentSettings settings) {
        this.task = new PeriodicTask("payments", settings.getSettleInitialDelay(), settings.getSettleInterval(), () -> {
            int settled = settle.settlePending(settings.getSettleAfter(), 100);
            if (settled > 0) {
                LOG.info("Retried the gateway calls of {} payment(s)", settled);
            }
        });
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(task);
    }
}
