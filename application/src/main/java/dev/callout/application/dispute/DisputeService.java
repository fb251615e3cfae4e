package dev.callout.application.dispute;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.TransitionRunner;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.JobTransitions;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class DisputeService implements DisputesUseCase {

    private final Disputes disputes;
    private final Jobs jobs;
    private final StoredFiles files;
    private final DisputeRefunds refunds;
    private final Outbox outbox;
    private final JobTransitions transitions;
    private final Transactions transactions;
    private final TransitionRunner runner;
    private final Clock clock;
    private final IdGenerator ids;
    private final Duration window;

    /** {@code window}: how long after completion a job may still be disputed. */
    public DisputeService(Disputes disputes, Jobs jobs, StoredFiles files, DisputeRefunds refunds, Outbox outbox,
                          JobTimeline timeline, Transactions transactions, Clock clock, IdGenerator ids, Duration window) {
        this.disputes = disputes;
        this.jobs = jobs;
        this.files = files;
        this.refunds = refunds;
        this.outbox = outbox;
        this.transitions = new JobTransitions(jobs, outbox, timeline, transactions, clock);
        this.transactions = transactions;
        this.runner = new TransitionRunner(transactions);
        this.clock = clock;
        this.ids = ids;
        this.window = window;
    }

    @Override
    public DisputeResult raise(RaiseDisputeCommand command) {
        Actor actor = command.actor();
        Optional<Job> visible = jobs.byId(command.jobId()).filter(job -> job.isParty(actor));
        if (visible.isEmpty()) {
            return new DisputeResult.NotFound();
        }
        List<String> badEvidence = command.evidenceFileIds().stream()
                .filter(id -> files.byId(id).filter(file -> isEvidence(file, actor, visible.get())).isEmpty())
                .toList();
        if (!badEvidence.isEmpty()) {
            return new DisputeResult.Invalid(Map.of("evidence_file_ids",
                    "not your upload for this job: " + String.join(", ", badEvidence)));
        }
        DisputeId id = DisputeId.next(ids);
        return runner.run(() -> raiseOnce(id, command)).orElseGet(DisputeResult.Conflict::new);
    }

    /** Empty when the job changed between reading and writing it: the dispute is rolled back with it. */
    private Optional<DisputeResult> raiseOnce(DisputeId id, RaiseDisputeCommand command) {
        Actor actor = command.actor();
        Optional<Job> read = jobs.byId(command.jobId());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Job job = read.get();
        Instant now = clock.instant();
        boolean exists = disputes.byJob(job.id()).isPresent();
        Dispute.Outcome outcome = Dispute.raise(id, job, actor, command.reason().strip(), command.evidenceFileIds(),
                exists, window, now);
        if (outcome instanceof Dispute.Outcome.Refused refused) {
            return Optional.of(new DisputeResult.Refused(refused.reason()));
        }
        Dispute dispute = ((Dispute.Outcome.Done) outcome).dispute();
        TransitionOutcome moved = job.changeStatus(actor, JobStatus.DISPUTED, null, now, CancellationPolicy.DEFAULT);
        if (!(moved instanceof TransitionOutcome.Transitioned transitioned)) {
            return Optional.of(new DisputeResult.Refused(Dispute.Refusal.JOB_NOT_DISPUTABLE));
        }
        switch (disputes.add(dispute, job)) {
            case ALREADY_EXISTS -> {
                return Optional.of(new DisputeResult.Refused(Dispute.Refusal.DISPUTE_ALREADY_EXISTS));
            }
            case EVIDENCE_MISSING -> {
                return Optional.of(new DisputeResult.Invalid(
                        Map.of("evidence_file_ids", "an evidence file was deleted meanwhile")));
            }
            case ADDED -> {
            }
        }
        if (transitions.write(transitioned, actor) == Jobs.UpdateResult.STALE) {
            return Optional.empty();
        }
        outbox.record(List.of(DisputeUpdated.of(dispute, job.customerId(), job.providerId(), now)));
        return Optional.of(new DisputeResult.Ok(dispute));
    }

    @Override
    public DisputeResult startReview(Actor admin, DisputeId id) {
        Optional<Dispute> dispute = disputes.byId(id).filter(found -> admin.is(Role.ADMIN));
        if (dispute.isEmpty()) {
            return new DisputeResult.NotFound();
        }
        return switch (dispute.get().startReview(admin, clock.instant())) {
            case Dispute.Outcome.Refused refused -> new DisputeResult.Refused(refused.reason());
            case Dispute.Outcome.Done done -> save(done.dispute(), dispute.get().status());
        };
    }

    @Override
    public DisputeResult resolve(ResolveDisputeCommand command) {
        Optional<Dispute> found = disputes.byId(command.id()).filter(dispute -> command.admin().is(Role.ADMIN));
        if (found.isEmpty()) {
            return new DisputeResult.NotFound();
        }
        Dispute dispute = found.get();
        Optional<Money> refundable = refunds.refundable(dispute.jobId());
        Money partial = null;
        if (command.amount() != null) {
            Currency currency = refundable.map(Money::currency).orElse(null);
            Optional<Money> amount = money(command.amount(), currency);
            if (amount.isEmpty()) {
                return new DisputeResult.Invalid(Map.of("amount", "is not an amount of the payment's currency"));
            }
            partial = amount.get();
        }
        Dispute.Outcome outcome = dispute.resolve(command.admin(), command.resolution(), partial, blankToNull(command.note()),
                refundable.orElse(null), clock.instant());
        if (outcome instanceof Dispute.Outcome.Refused refused) {
            return new DisputeResult.Refused(refused.reason());
        }
        Dispute resolved = ((Dispute.Outcome.Done) outcome).dispute();
        if (resolved.refundAmount() != null) {
            // outside any transaction: the payments call the gateway; retrying finds the refund already made
            if (refunds.refund(command.admin(), resolved.id(), resolved.jobId(), resolved.refundAmount(), resolved.decisionNote())
                    instanceof DisputeRefunds.RefundOutcome.Failed failed) {
                return new DisputeResult.RefundFailed(failed.code(), failed.message());
            }
        }
        return save(resolved, dispute.status());
    }

    private DisputeResult save(Dispute changed, DisputeStatus expected) {
        return transactions.inTransaction(() -> {
            if (!disputes.update(changed, expected)) {
                return new DisputeResult.Conflict();
            }
            Job job = jobs.byId(changed.jobId()).orElseThrow();
            Instant at = changed.resolvedAt() != null ? changed.resolvedAt() : changed.reviewStartedAt();
            outbox.record(List.of(DisputeUpdated.of(changed, job.customerId(), job.providerId(), at)));
            return new DisputeResult.Ok(changed);
        });
    }

    @Override
    public Optional<Dispute> get(Actor actor, DisputeId id) {
        return disputes.byId(id).filter(dispute -> actor.is(Role.ADMIN)
                || jobs.byId(dispute.jobId()).map(job -> job.isParty(actor)).orElse(false));
    }

    @Override
    public Page<Dispute> list(Actor actor, PageRequest page) {
        return disputes.list(actor.is(Role.ADMIN) ? null : actor.id(), page);
    }

    /** Evidence is the raiser's own upload about this job (dispute evidence or a job photo). */
    private static boolean isEvidence(StoredFile file, Actor actor, Job job) {
        return file.ownerId().equals(actor.id()) && job.id().equals(file.jobId());
    }

    private static Optional<Money> money(MoneyInput input, Currency paymentCurrency) {
        try {
            Currency currency = input.currency() != null ? Currency.getInstance(input.currency()) : paymentCurrency;
            if (currency == null || input.amount().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                return Optional.empty();
            }
            return Optional.of(Money.of(input.amount(), currency));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
