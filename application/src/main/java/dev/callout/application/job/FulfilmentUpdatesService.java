package dev.callout.application.job;

import dev.callout.application.TransitionRunner;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.application.webhook.WebhookSignature;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies and applies a fulfilment system's order updates. An event already recorded is a
 * duplicate before anything is decided; an accepted move records the event in the transaction of
 * the move, so the two commit together or not at all, and a refused one records nothing.
 */
public final class FulfilmentUpdatesService implements FulfilmentUpdatesUseCase {

    /** Processed marks are shared with the payment gateway's events: these ids get a namespace of their own. */
    static final String EVENT_NAMESPACE = "fulfilment:";

    private final String secret;
    private final Duration tolerance;
    private final Orders orders;
    private final Jobs jobs;
    private final Users users;
    private final ProcessedWebhooks processed;
    private final JobTransitions transitions;
    private final TransitionRunner runner;
    private final Clock clock;

    /** {@code secret} null or blank: no update verifies, so none is applied. */
    public FulfilmentUpdatesService(String secret, Duration tolerance, Orders orders, Jobs jobs, Users users,
                                    ProcessedWebhooks processed, Outbox outbox, JobTimeline timeline,
                                    Transactions transactions, Clock clock) {
        this.secret = secret == null || secret.isBlank() ? null : secret;
        this.tolerance = tolerance;
        this.orders = orders;
        this.jobs = jobs;
        this.users = users;
        this.processed = processed;
        this.transitions = new JobTransitions(jobs, outbox, timeline, transactions, clock);
        this.runner = new TransitionRunner(transactions);
        this.clock = clock;
    }

    @Override
    public boolean verifies(byte[] payload, String signatureHeader) {
        return secret != null && WebhookSignature.verifies(secret, signatureHeader, payload, clock.instant(), tolerance);
    }

    @Override
    public UpdateResult apply(FulfilmentUpdate update) {
        if (orders.ofJob(update.orderId()).isEmpty()) {
            return new UpdateResult.NotFound();
        }
        Actor actor;
        if (update.status() == JobStatus.ACCEPTED) {
            Optional<User> provider = users.byId(update.providerId()).filter(u -> u.role() == Role.PROVIDER && u.isActive());
            if (provider.isEmpty()) {
                return new UpdateResult.UnknownProvider();
            }
            actor = provider.get().asActor();
        } else {
            actor = null;
        }
        return runner.run(() -> attempt(update, actor)).orElseGet(UpdateResult.Conflict::new);
    }

    private Optional<UpdateResult> attempt(FulfilmentUpdate update, Actor acceptor) {
        String eventId = EVENT_NAMESPACE + update.eventId();
        if (processed.isProcessed(eventId)) {
            return Optional.of(new UpdateResult.Duplicate());
        }
        Optional<Job> order = jobs.byId(update.orderId());
        if (order.isEmpty()) {
            return Optional.of(new UpdateResult.NotFound());
        }
        // past acceptance the system speaks for the provider the order is assigned to
        Actor actor = acceptor != null ? acceptor
                : order.get().providerId() == null ? null : Actor.provider(order.get().providerId(), Set.of());
        if (actor == null) {
            return Optional.of(new UpdateResult.Refused(Rejection.INVALID_TRANSITION));
        }
        Instant now = clock.instant();
        return switch (order.get().changeStatus(actor, update.status(), null, now, CancellationPolicy.DEFAULT)) {
            case TransitionOutcome.Rejected rejected -> Optional.of(new UpdateResult.Refused(rejected.reason()));
            // a concurrent delivery of the event committed first
            case TransitionOutcome.Transitioned done when !processed.markProcessed(eventId, update.type(), null, now) ->
                    Optional.of(new UpdateResult.Duplicate());
            // a lost race rolls the mark back with the move, and the event is decided again
            case TransitionOutcome.Transitioned done -> switch (transitions.write(done, actor)) {
                case STALE -> Optional.empty();
                case UPDATED -> Optional.of(new UpdateResult.Applied(done.job()));
            };
        };
    }
}
