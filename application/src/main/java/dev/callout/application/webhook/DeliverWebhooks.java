package dev.callout.application.webhook;

import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.WebhookTransport.Outcome;
import dev.callout.application.port.Webhooks;
import dev.callout.application.port.Webhooks.Claim;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The delivery worker: claims due deliveries and POSTs each on the executor, outside any
 * transaction, at most {@code concurrency} at a time on this node and {@code perEndpoint} per
 * endpoint, so a slow or dead endpoint holds only its own share. A 2xx is delivered; anything else
 * is tried again after an exponential backoff until {@code giveUpAfter} from the delivery's
 * creation, then the delivery is failed. Call {@link #startDue} whenever work may be waiting;
 * nodes share the work through the leases of {@link Webhooks#claim}.
 */
public final class DeliverWebhooks {

    /** Concurrency, the per-attempt timeout, and the retry schedule. */
    public record Settings(int concurrency, int perEndpoint, Duration timeout, Duration firstRetry, Duration maxRetry,
                           Duration giveUpAfter) {

        public static final Settings DEFAULT = new Settings(16, 4, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofHours(6), Duration.ofDays(3));

        public Settings {
            require(concurrency >= 1, "concurrency must be at least 1");
            require(perEndpoint >= 1, "the per-endpoint concurrency must be at least 1");
            require(timeout.isPositive(), "the timeout must be positive");
            require(firstRetry.isPositive(), "the first retry must be positive");
            require(maxRetry.compareTo(firstRetry) >= 0, "the maximum retry must be at least the first retry");
            require(giveUpAfter.isPositive(), "give-up-after must be positive");
        }

        private static void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalArgumentException(problem);
            }
        }

        /** A claim outlasts the longest attempt, with time to report. */
        public Duration lease() {
            return timeout.plusSeconds(30);
        }
    }

    private static final System.Logger LOG = System.getLogger("callout.webhooks");

    private final Webhooks webhooks;
    private final WebhookTransport transport;
    private final Executor executor;
    private final Clock clock;
    private final Settings settings;
    private final Runnable finished;
    private final Map<String, Integer> inFlight = new HashMap<>();
    private int running;

    /** {@code finished} runs after each attempt (to wake a loop that waits for a free slot). */
    public DeliverWebhooks(Webhooks webhooks, WebhookTransport transport, Executor executor, Clock clock, Settings settings,
                           Runnable finished) {
        this.webhooks = Objects.requireNonNull(webhooks);
        this.transport = Objects.requireNonNull(transport);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.finished = Objects.requireNonNull(finished);
    }

    /** Claims what is due and has a free slot, and starts each attempt; returns how many were started. */
    public int startDue() {
        List<Claim> claims;
        synchronized (this) {
            int free = settings.concurrency() - running;
            if (free <= 0) {
                return 0;
            }
            claims = webhooks.claim(clock.instant(), free, settings.perEndpoint(), Map.copyOf(inFlight), settings.lease());
            claims.forEach(claim -> {
                running++;
                inFlight.merge(claim.endpoint().id(), 1, Integer::sum);
            });
        }
        for (Claim claim : claims) {
            try {
                executor.execute(() -> {
                    try {
                        attempt(claim);
                    } finally {
                        release(claim);
                    }
                });
            } catch (RejectedExecutionException e) {
                release(claim); // shutting down: the lease lapses and a later claim tries again
            }
        }
        return claims.size();
    }

    /** How many attempts are under way on this node. */
    public synchronized int running() {
        return running;
    }

    private void attempt(Claim claim) {
        WebhookDelivery delivery = claim.delivery();
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of(WebhookSignature.EVENT_ID_HEADER, delivery.eventId(),
                WebhookSignature.HEADER, WebhookSignature.header(claim.endpoint().secret(), clock.instant(), body));
        Outcome outcome;
        try {
            outcome = transport.post(claim.endpoint().url(), body, headers, settings.timeout());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "delivery " + delivery.id() + " failed unexpectedly", e);
            outcome = new Outcome.Failed("internal error");
        }
        Instant now = clock.instant();
        WebhookDelivery updated = switch (outcome) {
            case Outcome.Answered answered when answered.status() >= 200 && answered.status() < 300 ->
                    delivery.delivered(answered.status(), now);
            case Outcome.Answered answered -> unsuccessful(delivery, answered.status(), "answered " + answered.status(), now);
            case Outcome.Refused refused -> unsuccessful(delivery, null, "refused: " + refused.reason(), now);
            case Outcome.Failed failed -> unsuccessful(delivery, null, failed.reason(), now);
        };
        try {
            if (!webhooks.report(claim, updated)) {
                LOG.log(System.Logger.Level.INFO, "delivery " + delivery.id() + ": not recorded, as its lease lapsed "
                        + "(it is tried again) or its endpoint was deleted");
            } else if (updated.status() == WebhookDelivery.Status.FAILED) {
                LOG.log(System.Logger.Level.WARNING, "delivery " + delivery.id() + " of " + delivery.eventType() + " to "
                        + claim.endpoint().id() + " failed for good after " + updated.attempts() + " attempts: "
                        + updated.lastError());
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "delivery " + delivery.id() + ": could not record the attempt; "
                    + "the lease lapses and it is tried again", e);
        }
    }

    private WebhookDelivery unsuccessful(WebhookDelivery delivery, Integer status, String error, Instant now) {
        Instant deadline = delivery.createdAt().plus(settings.giveUpAfter());
        if (!now.isBefore(deadline)) {
            return delivery.failed(status, error, now);
        }
        Instant next = now.plus(backoff(delivery.attempts()));
        return delivery.retryAt(next.isAfter(deadline) ? deadline : next, status, error, now);
    }

    /** The first retry's delay, doubled after each further failure, up to the maximum. */
    Duration backoff(int previousAttempts) {
        Duration delay = settings.firstRetry().multipliedBy(1L << Math.min(previousAttempts, 20));
        return delay.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : delay;
    }

    private void release(Claim claim) {
        synchronized (this) {
            running--;
            inFlight.computeIfPresent(claim.endpoint().id(), (endpoint, count) -> count == 1 ? null : count - 1);
        }
        finished.run();
    }
}
