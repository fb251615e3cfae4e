package dev.callout.bootstrap;

import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.DeliverWebhooks;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's webhook delivery loop: every poll interval, and whenever an attempt ends (a slot
 * frees), it starts the due deliveries there is room for, each on a virtual thread of its own.
 * Safe on any number of nodes; off with {@code callout.dispatch.workers=false}, like the relay.
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class WebhookWorker implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("callout.webhooks");

    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("callout-webhook-", 0).factory());
    private final Semaphore wake = new Semaphore(0);
    private final DeliverWebhooks deliveries;
    private final WebhookSettings settings;
    private volatile boolean stopped;
    private Thread loop;

    WebhookWorker(Webhooks webhooks, WebhookTransport transport, Clock clock, WebhookSettings settings) {
        this.settings = settings;
        this.deliveries = new DeliverWebhooks(webhooks, transport, attempts, clock, settings.delivery(), wake::release);
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (loop == null) {
            loop = Thread.ofPlatform().daemon().name("callout-webhooks").start(this::run);
        }
    }

    private void run() {
        while (!stopped) {
            try {
                wake.tryAcquire(settings.getPollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                deliveries.startDue();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("looking for due webhook deliveries failed; trying again", e);
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (loop != null) {
            loop.interrupt();
        }
        attempts.shutdownNow();
    }
}
