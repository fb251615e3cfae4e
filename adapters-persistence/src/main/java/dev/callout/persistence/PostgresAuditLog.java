package dev.callout.persistence;

import static dev.callout.persistence.IdentityTables.Audit.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.AuditLog;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;

/** The audit log table: insert and page through, newest first. */
@Singleton
public final class PostgresAuditLog implements AuditLog {

    private final Sql sql;

    PostgresAuditLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(AuditEntry entry) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(ID, entry.id())
                .set(ACTOR_ID, entry.actorId() == null ? null : entry.actorId().value())
                .set(ACTION, entry.action()).set(TARGET_ID, entry.targetId()).set(NOTE, entry.note()).set(AT, entry.at())
                .execute());
    }

    @Override
    public Page<AuditEntry> list(PageRequest page) {
        return sql.run(dsl -> {
            List<AuditEntry> items = dsl.select(ID, ACTOR_ID, ACTION, TARGET_ID, NOTE, AT).from(TABLE)
                    .orderBy(AT.desc(), ID.desc()).limit(page.limit()).offset(page.offset())
                    .fetch(r -> new AuditEntry(r.get(ID), r.get(ACTOR_ID) == null ? null : new UserId(r.get(ACTOR_ID)),
                            r.get(ACTION), r.get(TARGET_ID), r.get(NOTE), r.get(AT)));
            return new Page<>(items, page, dsl.fetchCount(TABLE));
        });
    }
}
