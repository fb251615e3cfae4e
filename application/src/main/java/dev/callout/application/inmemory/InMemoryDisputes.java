package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.StoredFiles;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Disputes in a map; evidence must be in {@code files} when a dispute is added. */
public final class InMemoryDisputes implements Disputes {

    private record Stored(Dispute dispute, Set<UserId> parties) {
    }

    private final Map<DisputeId, Stored> disputes = new LinkedHashMap<>();
    private final StoredFiles files;

    public InMemoryDisputes(StoredFiles files) {
        this.files = files;
    }

    @Override
    public synchronized AddResult add(Dispute dispute, Job job) {
        if (byJob(dispute.jobId()).isPresent()) {
            return AddResult.ALREADY_EXISTS;
        }
        if (!files.existing(dispute.evidenceFileIds()).containsAll(dispute.evidenceFileIds())) {
            return AddResult.EVIDENCE_MISSING;
        }
        Set<UserId> parties = Stream.of(job.customerId(), job.providerId()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        disputes.put(dispute.id(), new Stored(dispute, parties));
        return AddResult.ADDED;
    }

    @Override
    public synchronized boolean cites(String fileId) {
        return disputes.values().stream().anyMatch(stored -> stored.dispute().evidenceFileIds().contains(fileId));
    }

    @Override
    public synchronized Optional<Dispute> byId(DisputeId id) {
        return Optional.ofNullable(disputes.get(id)).map(Stored::dispute);
    }

    @Override
    public synchronized Optional<Dispute> byJob(JobId jobId) {
        return disputes.values().stream().map(Stored::dispute).filter(dispute -> dispute.jobId().equals(jobId)).findFirst();
    }

    @Override
    public synchronized boolean update(Dispute dispute, DisputeStatus expected) {
        Stored stored = disputes.get(dispute.id());
        if (stored == null || stored.dispute().status() != expected) {
            return false;
        }
        disputes.put(dispute.id(), new Stored(dispute, stored.parties()));
        return true;
    }

    @Override
    public synchronized Page<Dispute> list(UserId party, PageRequest page) {
        return Pages.of(disputes.values().stream()
                .filter(stored -> party == null || stored.parties().contains(party))
                .map(Stored::dispute)
                .sorted(Comparator.comparing(Dispute::createdAt).thenComparing(dispute -> dispute.id().value()).reversed())
                .toList(), page);
    }

    synchronized void removeJob(JobId jobId) {
        disputes.values().removeIf(stored -> stored.dispute().jobId().equals(jobId));
    }
}
