package dev.callout.application.idempotency;

import dev.callout.application.FieldErrors;
import java.util.Objects;

/**
 * A client's Idempotency-Key, scoped to who sent it and the route it was sent to, so two callers
 * (or two routes) never share an answer.
 */
public record IdempotencyKey(String caller, String route, String key) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(route, "route");
        new FieldErrors().notBlank(key, "idempotency_key")
                .maxLength(key, MAX_LENGTH, "idempotency_key")
                .require(key == null || key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e), "idempotency_key",
                        "must be printable ASCII without spaces")
                .throwIfAny();
    }
}
