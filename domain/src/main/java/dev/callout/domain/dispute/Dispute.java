package dev.callout.domain.dispute;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A party's complaint about a job, reviewed and decided by an admin. Open → under review →
 * resolved; the decision, the refund it ordered and who made it are kept.
 */
public record Dispute(DisputeId id, JobId jobId, UserId raisedBy, String reason, List<String> evidenceFileIds,
                      DisputeStatus status, Resolution resolution, Money refundAmount, String decisionNote,
                      UserId decidedBy, Instant createdAt, Instant reviewStartedAt, Instant resolvedAt) {

    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_EVIDENCE_FILES = 10;

    public Dispute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        evidenceFileIds = List.copyOf(evidenceFileIds);
        if ((status == DisputeStatus.RESOLVED) != (resolution != null && resolvedAt != null && decidedBy != null)) {
            throw new IllegalStateException("a dispute is resolved exactly when it has a resolution, a time and an admin");
        }
        if ((resolution == Resolution.PARTIAL_REFUND || resolution == Resolution.FULL_REFUND) != (refundAmount != null)) {
            throw new IllegalStateException("a refund amount goes with a refund resolution and only with one");
        }
        if (refundAmount != null && !refundAmount.isPositive()) {
            throw new IllegalStateException("a refund is positive");
        }
    }

    public enum Refusal {
        NOT_A_PARTY, JOB_NOT_DISPUTABLE, DISPUTE_ALREADY_EXISTS, ROLE_NOT_ALLOWED, INVALID_TRANSITION,
        REFUND_AMOUNT_REQUIRED, REFUND_EXCEEDS_PAYMENT, NOTHING_TO_REFUND
    }

    public sealed interface Outcome {
        record Done(Dispute dispute) implements Outcome {
        }

        record Refused(Refusal reason) implements Outcome {
        }
    }

    /**
     * A party raises a dispute about a job that is in progress, or completed less than
     * {@code window} ago; one dispute per job.
     */
    public static Outcome raise(DisputeId id, Job job, Actor actor, String reason, List<String> evidence,
                                boolean disputeExists, Duration window, Instant now) {
        if (!job.isParty(actor) || actor.is(Role.ADMIN)) {
            return new Outcome.Refused(Refusal.NOT_A_PARTY);
        }
        if (disputeExists) {
            return new Outcome.Refused(Refusal.DISPUTE_ALREADY_EXISTS);
        }
        boolean inProgress = job.status() == JobStatus.IN_PROGRESS;
        boolean recentlyCompleted = job.status() == JobStatus.COMPLETED && !now.isAfter(job.completedAt().plus(window));
        if (!inProgress && !recentlyCompleted) {
            return new Outcome.Refused(Refusal.JOB_NOT_DISPUTABLE);
        }
        return new Outcome.Done(new Dispute(id, job.id(), actor.id(), reason, evidence, DisputeStatus.OPEN, null, null,
                null, null, now, null, null));
    }

    /** An admin picks the dispute up. */
    public Outcome startReview(Actor admin, Instant now) {
        if (!admin.is(Role.ADMIN)) {
            return new Outcome.Refused(Refusal.ROLE_NOT_ALLOWED);
        }
        if (status != DisputeStatus.OPEN) {
            return new Outcome.Refused(Refusal.INVALID_TRANSITION);
        }
        return new Outcome.Done(new Dispute(id, jobId, raisedBy, reason, evidenceFileIds, DisputeStatus.UNDER_REVIEW,
                null, null, null, null, createdAt, now, null));
    }

    /**
     * An admin decides. A full refund returns everything still refundable; a partial one a
     * positive amount no larger than that. {@code refundable} is what was captured minus what was
     * already refunded (null when nothing was paid through the platform).
     */
    public Outcome resolve(Actor admin, Resolution decision, Money partialAmount, String note, Money refundable,
                           Instant now) {
        if (!admin.is(Role.ADMIN)) {
            return new Outcome.Refused(Refusal.ROLE_NOT_ALLOWED);
        }
        if (status == DisputeStatus.RESOLVED) {
            return new Outcome.Refused(Refusal.INVALID_TRANSITION);
        }
        Money refund = null;
        switch (decision) {
            case FULL_REFUND -> {
                if (refundable == null || !refundable.isPositive()) {
                    return new Outcome.Refused(Refusal.NOTHING_TO_REFUND);
                }
                refund = refundable;
            }
            case PARTIAL_REFUND -> {
                if (partialAmount == null || !partialAmount.isPositive()) {
                    return new Outcome.Refused(Refusal.REFUND_AMOUNT_REQUIRED);
                }
                if (refundable == null || !partialAmount.sameCurrencyAs(refundable) || partialAmount.compareTo(refundable) > 0) {
                    return new Outcome.Refused(Refusal.REFUND_EXCEEDS_PAYMENT);
                }
                refund = partialAmount;
            }
            case NO_ACTION, PROVIDER_WARNING -> {
            }
        }
        Instant reviewStarted = reviewStartedAt == null ? now : reviewStartedAt;
        return new Outcome.Done(new Dispute(id, jobId, raisedBy, reason, evidenceFileIds, DisputeStatus.RESOLVED,
                decision, refund, note, admin.id(), createdAt, reviewStarted, now));
    }
}
