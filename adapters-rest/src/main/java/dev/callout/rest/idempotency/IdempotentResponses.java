package dev.callout.rest.idempotency;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.IdempotencyKeys.Claim;
import dev.callout.application.idempotency.IdempotentRequestsUseCase;
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
import java.util.function.Supplier;

/**
 * The Idempotency-Key header for writes that move money or create jobs: the first request with a
 * key runs and its answer (success or refusal) is stored; a repeat with the same key and body
 * gets that answer again (with {@code Idempotent-Replayed: true}); the same key with another body
 * is 422 IDEMPOTENCY_KEY_REUSED, and while the first still runs 409 IDEMPOTENCY_KEY_IN_USE.
 * Server errors are not stored, so the client may retry them with the same key.
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

    /** Runs {@code work} once per (caller, route, key); without a key it just runs it. */
    public HttpResponse<?> run(String caller, String route, String key, Object requestBody, Supplier<HttpResponse<?>> work) {
        if (key == null) {
            return work.get();
        }
        IdempotencyKey scoped;
        try {
            scoped = new IdempotencyKey(caller, route, key);
        } catch (InvalidCommandException e) {
            throw ApiError.validation(e.fields());
        }
        return switch (requests.begin(scoped, fingerprint(requestBody))) {
            case Claim.Replay replay -> HttpResponse.status(HttpStatus.valueOf(replay.response().status()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).header(REPLAYED, "true").body(replay.response().body());
            case Claim.Mismatch mismatch -> throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used with another request body");
            case Claim.InProgress inProgress -> throw new ApiError(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                    "a request with this Idempotency-Key is still running; retry shortly");
            case Claim.Claimed claimed -> runClaimed(scoped, work);
        };
    }

    private HttpResponse<?> runClaimed(IdempotencyKey key, Supplier<HttpResponse<?>> work) {
        HttpResponse<?> response;
        try {
            response = work.get();
        } catch (ApiError refusal) {
            if (refusal.status().getCode() < 500) {
                requests.finish(key, new StoredResponse(refusal.status().getCode(), write(refusal.envelope())));
            } else {
                requests.abandon(key);
            }
            throw refusal;
        } catch (InvalidCommandException invalid) {
            requests.finish(key, new StoredResponse(400, write(ApiError.validation(invalid.fields()).envelope())));
            throw invalid;
        } catch (RuntimeException | Error failure) {
            requests.abandon(key);
            throw failure;
        }
        if (response.code() >= 500) {
            requests.abandon(key);
        } else {
            requests.finish(key, new StoredResponse(response.code(), write(response.getBody().orElse(null))));
        }
        return response;
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
