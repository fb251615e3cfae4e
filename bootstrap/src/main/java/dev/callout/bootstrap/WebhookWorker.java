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

/**
 * The node's webhook delivery loop: every poll interval, and whenever an attempt ends (a slot
 * frees), it starts the due deliveries there is room for, each on a virtual thread of its own.
 * Safe on any number of nodes; off with {@code callout.dispatch.workers=false}, like the relay.
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class WebhookWorker extends BackgroundWork {

    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("callout-webhook-", 0).factory());
    private final PeriodicTask loop;
    private final DeliverWebhooks deliveries;

    WebhookWorker(Webhooks webhooks, WebhookTransport transport, Clock clock, WebhookSettings settings) {
        this.loop = new PeriodicTask("webhooks", Duration.ZERO, settings.getPollInterval(), this::startDue);
        this.deliveries = new DeliverWebhooks(webhooks, transport, attempts, clock, settings.delivery(), loop::wake);
    }

    private void startDue() {
        deliveries.startDue();
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(loop);
    }

    @Override
    @PreDestroy
    public void stop() {
        super.stop();
        attempts.shutdownNow();
    }
}
