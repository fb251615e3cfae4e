package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Notifications.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Notifications;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.UserId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.JSONB;
import org.jooq.Record;

/** The notifications table; unique (source key, recipient) makes a redelivered event notify nobody twice. */
@Singleton
public final class PostgresNotifications implements Notifications {

    private final Sql sql;
    private final JsonMapper json;

    PostgresNotifications(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public AddResult add(Notification notification) {
        int added = sql.run(dsl -> dsl.insertInto(TABLE).set(ID, notification.id())
                .set(RECIPIENT_ID, notification.recipientId().value()).set(TYPE, notification.type())
                .set(TITLE, notification.title()).set(BODY, notification.body())
                .set(PAYLOAD, JSONB.valueOf(write(notification))).set(SOURCE_KEY, notification.sourceKey())
                .set(READ, notification.read()).set(CREATED_AT, notification.createdAt())
                .onConflict(SOURCE_KEY, RECIPIENT_ID).doNothing().execute());
        return added == 1 ? AddResult.ADDED : AddResult.DUPLICATE;
    }

    @Override
    public Page<Notification> list(UserId recipient, Boolean read, PageRequest page) {
        Condition mine = RECIPIENT_ID.eq(recipient.value()).and(read == null ? org.jooq.impl.DSL.noCondition() : READ.eq(read));
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(mine).orderBy(CREATED_AT.desc(), ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(this::notification), page, dsl.fetchCount(TABLE, mine)));
    }

    @Override
    public Optional<Notification> markRead(UserId recipient, String id) {
        return sql.run(dsl -> dsl.update(TABLE).set(READ, true).where(ID.eq(id), RECIPIENT_ID.eq(recipient.value()))
                .returning(ALL).fetchOptional().map(this::notification));
    }

    @Override
    public int markAllRead(UserId recipient) {
        return sql.run(dsl -> dsl.update(TABLE).set(READ, true).where(RECIPIENT_ID.eq(recipient.value()), READ.isFalse())
                .execute());
    }

    private String write(Notification notification) {
        try {
            return json.writeValueAsString(notification.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Notification notification(Record row) {
        try {
            return new Notification(row.get(ID), new UserId(row.get(RECIPIENT_ID)), row.get(TYPE), row.get(TITLE), row.get(BODY),
                    json.readValue(row.get(PAYLOAD).data(), Argument.mapOf(String.class, String.class)),
                    row.get(SOURCE_KEY), row.get(READ), row.get(CREATED_AT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
