package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** Where disputes are kept, with their job's parties; one dispute per job whatever the races. */
public interface Disputes {

    /**
     * Stores a new dispute about {@code job} unless the job already has one, or one of its evidence
     * files no longer exists (then nothing is stored). Its evidence cannot be deleted while it stands.
     */
    AddResult add(Dispute dispute, Job job);

    /** Whether a dispute names the file as evidence. */
    boolean cites(String fileId);

    Optional<Dispute> byId(DisputeId id);

    Optional<Dispute> byJob(JobId jobId);

    /** Stores the changed dispute only if it is still in {@code expected}: of two racing admins one wins. */
    boolean update(Dispute dispute, DisputeStatus expected);

    /** Newest first: disputes about jobs {@code party} is a party of, or every dispute when it is null. */
    Page<Dispute> list(UserId party, PageRequest page);

    enum AddResult { ADDED, ALREADY_EXISTS, EVIDENCE_MISSING }
}
