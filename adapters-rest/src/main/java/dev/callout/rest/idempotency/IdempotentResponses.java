package dev.callout.rest.idempotency;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.IdempotentRequestsUseCase;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.AnswerKeeper;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.KeyedWork;
import dev.callout.application.idempotency.IdempotentRequestsUseCase.Outcome;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.idempotency.StoredResponse;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Idempotency-Key header for writes that move money or create jobs: the first request with a
 * key runs, and its answer (success or refusal) is kept in the transaction that commits its work,
 * then stored when it ends; a repeat with the same key and body gets that answer again (with
 * {@code Idempotent-Replayed: true}); the same key with another body is 422
 * IDEMPOTENCY_KEY_REUSED, and while the first still runs 409 IDEMPOTENCY_KEY_IN_USE. Server
 * errors are not stored, so the client may retry them with the same key.
 */
@Singleton
public class IdempotentResponses {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequestsUseCase requests;
    private final JsonMapper json;

    public IdempotentResponses(IdempotentRequestsUseCase requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /**
     * Runs {@code work} once per (caller, route, key); without a key it just runs it. The work
     * hands its use case {@link Keeping#as} with the route's own mapping from result to answer,
     * which the use case calls inside the transaction that commits the work.
     */
    public HttpResponse<?> run(String caller, String route, String key, Object requestBody,
                               Function<Keeping, HttpResponse<?>> work) {
        if (key == null) {
            return work.apply(new Keeping(null));
        }
        IdempotencyKey scoped;
        try {
            scoped = new IdempotencyKey(caller, route, key);
        } catch (InvalidCommandException e) {
            throw ApiError.validation(e.fields());
        }
        Outcome<Sent> outcome = requests.run(scoped, fingerprint(requestBody), new KeyedWork<>() {
            @Override
            public Sent run(AnswerKeeper keeper) {
                return send(work, new Keeping(keeper));
            }

            @Override
            public Optional<StoredResponse> answer(Sent sent) {
                return Optional.ofNullable(sent.stored());
            }
        });
        return switch (outcome) {
            case Outcome.Ran<Sent> ran -> ran.outcome().again();
            case Outcome.Replayed<Sent> replayed -> HttpResponse.status(HttpStatus.valueOf(replayed.response().status()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).header(REPLAYED, "true").body(replayed.response().body());
            case Outcome.Mismatch<Sent> mismatch -> throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used with another request body");
            case Outcome.InProgress<Sent> inProgress -> throw new ApiError(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                    "a request with this Idempotency-Key is still running; retry shortly");
        };
    }

    /** How a keyed route's result is answered, so the answer can be kept inside the transaction of its work. */
    public final class Keeping {

        private final AnswerKeeper keeper;

        private Keeping(AnswerKeeper keeper) {
            this.keeper = keeper;
        }

        /** For the use case: keeps {@code answer(result)} with the committed work (nothing without a key). */
        public <R> OnCommit<R> as(Function<R, ? extends HttpResponse<?>> answer) {
            return keeper == null ? OnCommit.nothing() : result -> keeper.keep(stored(answer.apply(result)));
        }
    }

    /** What the first request answered (a response, or a refusal to throw again) and what repeats get (none for server errors). */
    private record Sent(HttpResponse<?> response, RuntimeException refusal, StoredResponse stored) {

        HttpResponse<?> again() {
            if (refusal != null) {
                throw refusal;
            }
            return response;
        }
    }

    private Sent send(Function<Keeping, HttpResponse<?>> work, Keeping keeping) {
        try {
            HttpResponse<?> response = work.apply(keeping);
            return new Sent(response, null, response.code() >= 500 ? null : stored(response));
        } catch (ApiError refusal) {
            int status = refusal.status().getCode();
            return new Sent(null, refusal, status >= 500 ? null : new StoredResponse(status, write(refusal.envelope())));
        } catch (InvalidCommandException invalid) {
            return new Sent(null, invalid, new StoredResponse(400, write(ApiError.validation(invalid.fields()).envelope())));
        }
    }

    private StoredResponse stored(HttpResponse<?> response) {
        return new StoredResponse(response.code(), write(response.getBody().orElse(null)));
    }

    private String fingerprint(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
