package dev.callout.application.port;

import dev.callout.application.idempotency.IdempotencyKey;

/**
 * The points a keyed request passes, told to whoever watches them. Production watches nothing
 * ({@link #NONE}); the crash tests halt the process at a named step to prove that a retry after
 * a kill at any of them replays the answer or runs the request once.
 */
public interface IdempotencySteps {

    IdempotencySteps NONE = (step, key) -> {
    };

    void reached(Step step, IdempotencyKey key);

    enum Step {
        /** The key is claimed; nothing else is written. */
        CLAIMED,
        /** The work returned: all it wrote is committed, with the answer it kept; the final answer is not stored. */
        WORK_COMMITTED,
        /** The request ended: its final answer is stored (or, after a failure on our side, its claim freed). */
        ANSWER_STORED
    }
}
