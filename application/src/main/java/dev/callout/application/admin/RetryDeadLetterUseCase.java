package dev.callout.application.admin;

import dev.callout.application.port.DeadLetter;
import dev.callout.domain.user.Actor;

/**
 * An admin puts parked background work back: due now, with a fresh count of attempts. The act
 * is kept in the audit log ({@code dead_letter.retried}).
 */
public interface RetryDeadLetterUseCase {

    RetryResult retry(Actor admin, String deadLetterId);

    sealed interface RetryResult {
        /** What was put back. */
        record Retried(DeadLetter deadLetter) implements RetryResult {
        }

        record NotFound() implements RetryResult {
        }

        /** The caller is not an admin. */
        record Forbidden() implements RetryResult {
        }
    }
}
