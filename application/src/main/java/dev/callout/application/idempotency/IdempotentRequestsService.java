package dev.callout.application.idempotency;

import dev.callout.application.port.IdempotencyKeys.Claim;
import dev.callout.application.port.IdempotencyKeys;
import dev.callout.application.port.IdempotencySteps.Step;
import dev.callout.application.port.IdempotencySteps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public final class IdempotentRequestsService implements IdempotentRequestsUseCase {

    public static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotencyKeys keys;
    private final IdempotencySteps steps;
    private final Clock clock;
    private final Duration lease;

    /** {@code lease}: how long a claim holds its key without an answer; longer than the slowest request's work. */
    public IdempotentRequestsService(IdempotencyKeys keys, IdempotencySteps steps, Clock clock, Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the lease must be positive: " + lease);
        }
        this.keys = keys;
        this.steps = steps;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public <T> Outcome<T> run(IdempotencyKey key, String fingerprint, KeyedWork<T> work) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        switch (keys.claim(key, fingerprint, token, now, now.plus(lease), now.minus(RETENTION))) {
            case Claim.Replay replay -> {
                return new Outcome.Replayed<>(replay.response());
            }
            case Claim.Mismatch mismatch -> {
                return new Outcome.Mismatch<>();
            }
            case Claim.InProgress inProgress -> {
                return new Outcome.InProgress<>();
            }
            case Claim.Claimed claimed -> steps.reached(Step.CLAIMED, key);
        }
        T outcome;
        try {
            outcome = work.run(answer -> {
                if (!keys.keep(key, token, answer)) {
                    throw new ClaimTakenOver(); // rolls the work back: the retry that took the key runs it
                }
            });
        } catch (ClaimTakenOver taken) {
            return new Outcome.InProgress<>();
        } catch (RuntimeException | Error failure) {
            try {
                keys.release(key, token); // an answer kept with committed work stays, and is replayed after the lease
            } catch (RuntimeException releaseFailed) {
                failure.addSuppressed(releaseFailed);
            }
            throw failure;
        }
        steps.reached(Step.WORK_COMMITTED, key);
        Optional<StoredResponse> answer = work.answer(outcome);
        if (answer.isPresent()) {
            keys.complete(key, token, answer.get());
        } else {
            keys.release(key, token);
        }
        steps.reached(Step.ANSWER_STORED, key);
        return new Outcome.Ran<>(outcome);
    }

    /** The claim's lease ended and a retry claimed the key before this request's work committed. */
    private static final class ClaimTakenOver extends RuntimeException {
        ClaimTakenOver() {
            super("the idempotency key was claimed again after its lease", null, false, false);
        }
    }
}
