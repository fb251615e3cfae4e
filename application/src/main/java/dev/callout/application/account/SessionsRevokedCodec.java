package dev.callout.application.account;

import dev.callout.application.event.EventCodec;
import dev.callout.domain.event.DomainEvent;
import java.util.Map;
import java.util.Set;

/** {@code session.revoked}: user_id, session_id (null for every session of the user), reason, occurred_at. */
public final class SessionsRevokedCodec implements EventCodec {

    @Override
    public Set<String> types() {
        return Set.of(SessionsRevoked.TYPE);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        return ((SessionsRevoked) event).fields();
    }

    @Override
    public DomainEvent decode(String type, Map<String, Object> fields) {
        return SessionsRevoked.of(fields);
    }
}
