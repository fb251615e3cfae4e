package dev.callout.application.dispute;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party of a job in progress, or completed within the dispute window, raises a dispute (one per
 * job) with evidence they uploaded; the job becomes disputed. An admin takes it under review and
 * resolves it: full or partial refund (through the payments), no action, or a warning to the
 * provider. The decision, its note and the deciding admin are kept; both parties are told.
 */
public interface DisputesUseCase {

    DisputeResult raise(RaiseDisputeCommand command);

    DisputeResult startReview(Actor admin, DisputeId id);

    DisputeResult resolve(ResolveDisputeCommand command);

    /** The parties of its job and admins; others get nothing. */
    Optional<Dispute> get(Actor actor, DisputeId id);

    /** A party's disputes, or every dispute for an admin; newest first. */
    Page<Dispute> list(Actor actor, PageRequest page);

    record RaiseDisputeCommand(Actor actor, JobId jobId, String reason, List<String> evidenceFileIds) {
        public RaiseDisputeCommand {
            Objects.requireNonNull(actor, "actor");
            new FieldErrors().require(jobId != null, "job_id", "is required")
                    .notBlank(reason, "reason")
                    .freeText(reason, Dispute.MAX_REASON_LENGTH, "reason")
                    .singleLines(evidenceFileIds, Dispute.MAX_EVIDENCE_FILES, Prefixed.MAX_LENGTH, "evidence_file_ids")
                    .throwIfAny();
            evidenceFileIds = evidenceFileIds == null ? List.of() : List.copyOf(evidenceFileIds);
        }
    }

    record ResolveDisputeCommand(Actor admin, DisputeId id, Resolution resolution, MoneyInput amount, String note) {
        public static final int MAX_NOTE_LENGTH = 2000;

        public ResolveDisputeCommand {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            new FieldErrors().require(resolution != null, "action", "is required")
                    .singleLine(amount == null ? null : amount.currency(), 3, "amount.currency")
                    .freeText(note, MAX_NOTE_LENGTH, "resolution")
                    .throwIfAny();
        }
    }
}
