package dev.callout.rest.admin;

import dev.callout.domain.user.AuditEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "AuditEntry")
public record AuditEntryBody(String id, @Nullable String actorId, String action, String targetId, @Nullable String note,
                             Instant at) {
    static AuditEntryBody of(AuditEntry entry) {
        return new AuditEntryBody(entry.id(), entry.actorId() == null ? null : entry.actorId().value(), entry.action(),
                entry.targetId(), entry.note(), entry.at());
    }
}
