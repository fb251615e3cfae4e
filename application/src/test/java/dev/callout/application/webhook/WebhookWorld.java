package dev.callout.application.webhook;

import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.inmemory.InMemoryAuditLog;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryWebhooks;
import dev.callout.application.inmemory.RecordingWebhookTransport;
import dev.callout.application.payment.PaymentEventCodec;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Webhooks in memory: the admin service, the relay's handler and the worker over one store and a
 * recording transport, a hand-moved clock, strict address rules with a small test DNS
 * ({@code hooks.example.com} public, {@code intranet.example.com} private), and an executor that
 * runs each attempt at once unless {@link #holdAttempts} asked to keep them for {@link #runHeld}.
 */
final class WebhookWorld {

    static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));
    static final Actor CUSTOMER = Actor.customer(new UserId("usr_customer"));
    static final DeliverWebhooks.Settings SETTINGS = new DeliverWebhooks.Settings(4, 2, Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(3));

    final TestClock clock = new TestClock(Instant.parse("2026-02-24T10:00:00.123456Z"));
    final TimeOrderedIds ids = new TimeOrderedIds(clock, new SecureRandom());
    final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final RecordingWebhookTransport transport = new RecordingWebhookTransport(new WebhookAddresses(false, false),
            WebhookWorld::resolve);
    final EventCodecs codecs = new EventCodecs(List.of(new JobEventCodec(), new PaymentEventCodec()));
    final WebhookService service = new WebhookService(webhooks, transport, audit, new InMemoryTransactions(), clock, ids,
            new SecureRandom());
    final RecordWebhookDeliveries handler = new RecordWebhookDeliveries(webhooks, codecs, new InMemoryTransactions(), clock,
            ids);
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private final Executor executor = task -> {
        if (holding) {
            held.add(task);
        } else {
            task.run();
        }
    };
    final DeliverWebhooks worker = new DeliverWebhooks(webhooks, transport, executor, clock, SETTINGS, () -> { });

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.example.com", "other.example.com" -> List.of(InetAddress.getByName("93.184.215.14"));
            case "intranet.example.com" -> List.of(InetAddress.getByName("10.20.30.40"));
            default -> throw new UnknownHostException(host);
        };
    }

    WebhookEndpoint register(String url, String... events) {
        var result = service.register(new WebhooksUseCase.RegisterCommand(ADMIN, url, List.of(events), null));
        return ((WebhooksUseCase.Result.Done<WebhookEndpoint>) result).value();
    }

    List<WebhookDelivery> deliveries(WebhookEndpoint endpoint) {
        return webhooks.deliveries(endpoint.id(), new PageRequest(1, 100)).items();
    }

    WebhookDelivery only(WebhookEndpoint endpoint) {
        List<WebhookDelivery> deliveries = deliveries(endpoint);
        if (deliveries.size() != 1) {
            throw new AssertionError("expected one delivery, found " + deliveries);
        }
        return deliveries.getFirst();
    }

    void holdAttempts() {
        holding = true;
    }

    /** Runs the attempts kept so far, oldest first. */
    void runHeld(int count) {
        for (int i = 0; i < count; i++) {
            held.removeFirst().run();
        }
    }

    int heldCount() {
        return held.size();
    }
}
