package dev.callout.bootstrap;

import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.DeliverWebhooks;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The node's webhook delivery loop: every poll interval, and whenever an attempt ends (a slot
 * frees), it starts the due deliveries there is room for, each on a virtual thread of its own.
 * Safe on any number of nodes; off with {@code callout.dispatch.workers=false}, like the relay.
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class WebhookWorker extends BackgroundWork {

    /** Beyond an attempt's timeout, the time to record its outcome. */
    private static final Duration DRAIN_MARGIN = Duration.ofSeconds(5);

    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("callout-webhook-", 0).factory());
    private final PeriodicTask loop;
    private final DeliverWebhooks deliveries;
    private final Duration drain;

    WebhookWorker(Webhooks webhooks, WebhookTransport transport, Clock clock, WebhookSettings settings) {
        this.loop = new PeriodicTask("webhooks", Duration.ZERO, settings.getPollInterval(), this::startDue);
        this.deliveries = new DeliverWebhooks(webhooks, transport, attempts, clock, settings.delivery(), loop::wake);
        this.drain = settings.getTimeout().plus(DRAIN_MARGIN);
    }

    private void startDue() {
        deliveries.startDue();
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(loop);
    }

    /**
     * Stops claiming, then lets the attempts in flight end (each within its timeout) and record their
     * outcome while the database is still there; any still running after that is interrupted, and its
     * lease lapses so another attempt follows.
     */
    @Override
    @PreDestroy
    public void stop() {
        super.stop();
        attempts.shutdown();
        try {
            if (!attempts.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                attempts.shutdownNow();
            }
        } catch (InterruptedException e) {
            attempts.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
