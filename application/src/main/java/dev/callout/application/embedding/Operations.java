package dev.callout.application.embedding;

import dev.callout.application.admin.DeleteJobService;
import dev.callout.application.admin.DeleteJobUseCase;
import dev.callout.application.admin.ListDeadLettersService;
import dev.callout.application.admin.ListDeadLettersUseCase;
import dev.callout.application.admin.ProviderMapService;
import dev.callout.application.admin.ProviderMapUseCase;
import dev.callout.application.admin.RetryDeadLetterService;
import dev.callout.application.admin.RetryDeadLetterUseCase;
import dev.callout.application.file.SweepOrphanedFilesService;
import dev.callout.application.file.SweepOrphanedFilesUseCase;
import dev.callout.application.idempotency.IdempotentRequestsService;
import dev.callout.application.idempotency.IdempotentRequestsUseCase;
import dev.callout.application.port.DeadLetters;
import dev.callout.application.port.IdempotencySteps;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.ratelimit.RateLimiter;

/**
 * Running the marketplace with a {@link CalloutCore}: an admin's moderation delete of a job, the
 * providers' map, the dead letters of background work (listed and put back), the sweep of uploaded
 * bytes no file names (the embedder runs it when it likes), and the guards of an API in front of
 * the core: keyed requests run once per key, and rate limits.
 */
public record Operations(DeleteJobUseCase deleteJob, ProviderMapUseCase providerMap, ListDeadLettersUseCase listDeadLetters,
                         RetryDeadLetterUseCase retryDeadLetter, SweepOrphanedFilesUseCase sweepOrphanedFiles,
                         IdempotentRequestsUseCase idempotentRequests, RateLimiter rateLimiter) {

    static Operations over(CalloutPorts p) {
        OperationsPorts o = p.operations;
        JobDeletions deletions = o.jobDeletions;
        DeadLetters deadLetters = o.deadLetters;
        return new Operations(
                deletions == null ? command -> {
                    throw CalloutPorts.unavailable("job deletions");
                } : new DeleteJobService(deletions, p.rounds, p.presences, p.trust.fileContents, p.audit, p.outbox,
                        p.transactions, p.clock, p.ids),
                new ProviderMapService(p.users, p.presences, p.dispatch.maxPositionAge(), p.clock),
                deadLetters == null ? (caller, kind, page) -> {
                    throw CalloutPorts.unavailable("dead letters");
                } : new ListDeadLettersService(deadLetters),
                deadLetters == null ? (admin, id) -> {
                    throw CalloutPorts.unavailable("dead letters");
                } : new RetryDeadLetterService(deadLetters, p.audit, p.transactions, p.clock, p.ids),
                new SweepOrphanedFilesService(p.files, p.trust.fileContents, p.clock),
                new IdempotentRequestsService(o.idempotencyKeys, IdempotencySteps.NONE, p.clock, o.idempotencyLease),
                new RateLimiter(o.rateLimitCounters, p.clock));
    }
}
