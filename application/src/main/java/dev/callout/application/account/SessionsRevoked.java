package dev.callout.application.account;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.required;
import static dev.callout.application.event.Fields.string;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one revocation signal: sessions ended, one ({@code sessionId}) or, when it is null, every
 * session of the user (suspension, deletion, password reset). It is recorded in the outbox by the
 * transaction that revokes them, so every node hears it once that commits and never for a rollback:
 * the sockets of those sessions close, and a cache of live sessions drops them.
 */
public record SessionsRevoked(UserId userId, String sessionId, String reason, Instant occurredAt) implements DomainEvent {

    public static final String TYPE = "session.revoked";

    public SessionsRevoked {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Whether the session {@code sid} of this user is among those ended. */
    public boolean covers(String sid) {
        return sessionId == null || sessionId.equals(sid);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectId() {
        return sessionId == null ? userId.value() : sessionId;
    }

    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user_id", userId.value());
        fields.put("session_id", sessionId);
        fields.put("reason", reason);
        fields.put("occurred_at", instant(occurredAt));
        return fields;
    }

    /** Reads the event back from its fields, as a listener of live events receives them. */
    public static SessionsRevoked of(Map<String, Object> fields) {
        return new SessionsRevoked(new UserId(required(fields, "user_id")), string(fields, "session_id"),
                string(fields, "reason"), instant(fields, "occurred_at"));
    }
}
