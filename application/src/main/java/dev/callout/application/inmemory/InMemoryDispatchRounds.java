package dev.callout.application.inmemory;

import dev.callout.application.port.DispatchRounds;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.job.JobId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public final class InMemoryDispatchRounds implements DispatchRounds {

    private final ConcurrentMap<JobId, DispatchRound> rounds = new ConcurrentHashMap<>();

    @Override
    public Optional<DispatchRound> byJob(JobId jobId) {
        return Optional.ofNullable(rounds.get(jobId));
    }

    @Override
    public void save(DispatchRound round) {
        rounds.put(round.jobId(), round);
    }

    void removeJob(JobId jobId) {
        rounds.remove(jobId);
    }
}
