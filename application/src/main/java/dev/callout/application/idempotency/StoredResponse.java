package dev.callout.application.idempotency;

import java.util.Objects;

/** The first answer to a keyed request: its HTTP status and body, replayed to every repeat. */
public record StoredResponse(int status, String body) {

    public StoredResponse {
        Objects.requireNonNull(body, "body");
    }
}
