package dev.callout.application.idempotency;

import java.util.Optional;

/**
 * "A repeat with the same Idempotency-Key returns the first response": a request claims its key
 * with a fingerprint of its body and runs; its answer is kept in the transaction that commits its
 * work and stored when it ends; a repeat gets that answer, the same key with another body is
 * refused, and a claim whose request died is free again after a short lease. Keys expire after
 * a day.
 */
public interface IdempotentRequestsUseCase {

    <T> Outcome<T> run(IdempotencyKey key, String fingerprint, KeyedWork<T> work);

    /** The work behind a keyed request, as the adapter that received it runs it and answers it. */
    interface KeyedWork<T> {

        /** Does the work; {@code keeper} keeps an answer inside the transaction that commits it. */
        T run(AnswerKeeper keeper);

        /** The answer repeats get, or empty when it must not be kept (the request failed on our side). */
        Optional<StoredResponse> answer(T outcome);
    }

    /** Keeps a keyed request's answer in the caller's transaction, the one that commits the work. */
    interface AnswerKeeper {

        void keep(StoredResponse answer);
    }

    sealed interface Outcome<T> {
        /** The request ran here; this is what it came to. */
        record Ran<T>(T outcome) implements Outcome<T> {
        }

        /** It ran before with this body: answer this again. */
        record Replayed<T>(StoredResponse response) implements Outcome<T> {
        }

        /** The same key with another body. */
        record Mismatch<T>() implements Outcome<T> {
        }

        /** The first request with this key is still running, or a retry took it over. */
        record InProgress<T>() implements Outcome<T> {
        }
    }
}
