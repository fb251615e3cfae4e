package dev.callout.application.admin;

import dev.callout.application.payment.HoldReleases;
import dev.callout.application.payment.HoldReleases.Release;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Without {@link HoldReleases} a job any payment names is kept; with them (policy
 * {@code callout.payments.deletion-releases-holds}) a payment that took no money is cancelled first, its hold released
 * at the gateway, and goes with the job (the audit log keeps it as {@code payment.released}); money captured keeps the job.
 */
public final class DeleteJobService implements DeleteJobUseCase {

    static final String ACTION = "job.deleted";
    static final String RELEASED = "payment.released";
    /** The {@code reason} of the offers a deletion withdraws. */
    static final String WITHDRAWN_BECAUSE = "deleted";

    private static final System.Logger LOG = System.getLogger("callout.moderation");

    private final JobDeletions deletions;
    private final DispatchRounds rounds;
    private final ProviderPresences presences;
    private final FileContents contents;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final HoldReleases holds;

    public DeleteJobService(JobDeletions deletions, DispatchRounds rounds, ProviderPresences presences, FileContents contents,
                            AuditLog audit, Outbox outbox, Transactions transactions, Clock clock, IdGenerator ids) {
        this(deletions, rounds, presences, contents, audit, outbox, transactions, clock, ids, null);
    }

    /** {@code holds}: null keeps every job a payment names. */
    public DeleteJobService(JobDeletions deletions, DispatchRounds rounds, ProviderPresences presences, FileContents contents,
                            AuditLog audit, Outbox outbox, Transactions transactions, Clock clock, IdGenerator ids,
                            HoldReleases holds) {
        this.deletions = deletions;
        this.rounds = rounds;
        this.presences = presences;
        this.contents = contents;
        this.audit = audit;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.holds = holds;
    }

    private record Outcome(DeleteResult result, List<String> fileIds) {
    }

    @Override
    public DeleteResult delete(DeleteJobCommand command) {
        if (!command.admin().is(Role.ADMIN)) {
            return new DeleteResult.Forbidden();
        }
        Release release = holds == null ? new Release.Released(null) : holds.release(command.jobId());
        if (release instanceof Release.MoneyCaptured) {
            return new DeleteResult.HasPayments();
        }
        if (release instanceof Release.GatewayPending) {
            return new DeleteResult.ReleasePending();
        }
        Outcome outcome = transactions.inTransaction(() -> {
            Job job = deletions.lock(command.jobId()).orElse(null);
            if (job == null) {
                return new Outcome(new DeleteResult.NotFound(), List.of());
            }
            // a payment opened since the release keeps the job too
            if (holds == null ? deletions.hasPayments(job.id()) : deletions.holdsMoney(job.id())) {
                return new Outcome(new DeleteResult.HasPayments(), List.of());
            }
            Instant now = clock.instant();
            if (release instanceof Release.Released released && released.payment() != null) {
                audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), command.admin().id(), RELEASED,
                        released.payment().value(), "its job " + job.id().value() + " was deleted", now));
            }
            List<DomainEvent> events = new ArrayList<>(withdrawnOffers(job, now));
            if (job.providerId() != null) {
                freeProvider(job, now);
            }
            List<String> fileIds = deletions.delete(job.id());
            audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), command.admin().id(), ACTION, job.id().value(),
                    command.reason(), now));
            events.add(new JobDeleted(job.id(), job.customerId(), job.providerId(), now));
            outbox.record(events);
            return new Outcome(new DeleteResult.Deleted(job), fileIds);
        });
        outcome.fileIds().forEach(this::deleteBytes);
        return outcome.result();
    }

    /** The offers still out, taken back from the providers holding them. */
    private List<DomainEvent> withdrawnOffers(Job job, Instant now) {
        return rounds.byJob(job.id()).map(DispatchRound::offered).orElse(Set.of()).stream()
                .sorted(Comparator.comparing(UserId::value))
                .<DomainEvent>map(provider -> new DispatchEvent.OfferWithdrawn(job.id(), provider, WITHDRAWN_BECAUSE, now))
                .toList();
    }

    /** A provider busy with the job is free again (the presence is held until the transaction ends). */
    private void freeProvider(Job job, Instant now) {
        presences.byProvider(job.providerId()).ifPresent(presence -> {
            ProviderPresence free = presence.doneWith(job.id(), now);
            if (!free.equals(presence)) {
                presences.save(free);
            }
        });
    }

    /** After commit; bytes left behind by a failure are removed by the orphaned-file sweep. */
    private void deleteBytes(String fileId) {
        try {
            contents.delete(fileId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the bytes of file " + fileId + " of a deleted job stay until the orphan sweep", e);
        }
    }
}
