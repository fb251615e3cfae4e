package dev.callout.application.dispatch;

import dev.callout.application.event.EventHandler;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A provider who accepts a job is busy (and tracked) until the job ends or they withdraw. An
 * acceptance delivered late (after the job ended, or was deleted) leaves them free.
 */
public final class TrackProviderWork implements EventHandler {

    private final ProviderPresences presences;
    private final Jobs jobs;
    private final Transactions transactions;
    private final Clock clock;

    public TrackProviderWork(ProviderPresences presences, Jobs jobs, Transactions transactions, Clock clock) {
        this.presences = presences;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean handles(String eventType) {
        return Set.of(JobEvent.ACCEPTED, JobEvent.STATUS_CHANGED, JobEvent.PROVIDER_WITHDREW).contains(eventType);
    }

    @Override
    public String name() {
        return "provider-work";
    }

    @Override
    public void handle(DomainEvent event) {
        switch (event) {
            case JobEvent.JobAccepted accepted -> change(accepted.providerId(),
                    presence -> stillWorking(accepted) ? presence.working(accepted.jobId(), clock.instant()) : presence);
            case JobEvent.JobStatusChanged changed when changed.to().isClosed() && changed.providerId() != null ->
                    change(changed.providerId(), presence -> presence.doneWith(changed.jobId(), clock.instant()));
            case JobEvent.ProviderWithdrew withdrew -> change(withdrew.providerId(),
                    presence -> presence.doneWith(withdrew.jobId(), clock.instant()));
            default -> {
            }
        }
    }

    /** Read once the presence is held, so a deletion that freed the presence first is seen here as the job gone. */
    private boolean stillWorking(JobEvent.JobAccepted accepted) {
        return jobs.byId(accepted.jobId())
                .filter(job -> accepted.providerId().equals(job.providerId()) && job.status().isActive())
                .isPresent();
    }

    private void change(UserId provider, UnaryOperator<ProviderPresence> update) {
        transactions.inTransaction(() -> {
            ProviderPresence before = presences.byProvider(provider)
                    .orElseGet(() -> ProviderPresence.unknown(provider, clock.instant()));
            ProviderPresence after = update.apply(before);
            if (!after.equals(before)) {
                presences.save(after);
            }
            return null;
        });
    }
}
