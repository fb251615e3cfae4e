package dev.callout.domain.dispatch;

import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a job's dispatch stands. A wave starts when the job is opened (posted, or reopened after
 * its provider withdrew) and walks the policy's radius steps; {@code offered} are the providers
 * offered the job in this wave and {@code expiresAt} when the current step ends. {@code openedAt}
 * is when the job was opened, so a repeated delivery of the same event does not restart it. A timer names
 * the wave and step it was set for, so one that fires after the dispatch moved on does nothing.
 */
public record DispatchRound(JobId jobId, int wave, Instant openedAt, int step, Set<UserId> offered, Instant expiresAt) {

    public DispatchRound {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        offered = Set.copyOf(offered);
        if (wave < 1 || step < 0) {
            throw new IllegalArgumentException("waves count from 1 and steps from 0");
        }
    }

    /** The offers of {@code step}, added to those already made in this wave. */
    public DispatchRound offering(int nextStep, Set<UserId> providers, Instant until) {
        Set<UserId> all = new HashSet<>(offered);
        all.addAll(providers);
        return new DispatchRound(jobId, wave, openedAt, nextStep, all, until);
    }

    /** The first wave of a job opened at {@code openedAt}. */
    public static DispatchRound first(JobId jobId, Instant openedAt) {
        return new DispatchRound(jobId, 1, openedAt, 0, Set.of(), openedAt);
    }

    /** A fresh wave for a job reopened at {@code reopenedAt}: nobody offered yet. */
    public DispatchRound restarted(Instant reopenedAt) {
        return new DispatchRound(jobId, wave + 1, reopenedAt, 0, Set.of(), reopenedAt);
    }

    /** The offers were taken back; nobody holds one now. */
    public DispatchRound withdrawn() {
        return new DispatchRound(jobId, wave, openedAt, step, Set.of(), expiresAt);
    }

    public boolean isCurrent(int timerWave, int timerStep) {
        return wave == timerWave && step == timerStep;
    }
}
