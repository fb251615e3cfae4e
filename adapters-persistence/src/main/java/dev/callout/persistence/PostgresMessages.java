package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Messages.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Messages;
import dev.callout.domain.chat.Message;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Record;

/** The messages table: job threads, newest first, with read marks; a message's job and image are foreign keys. */
@Singleton
public final class PostgresMessages implements Messages {

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresMessages(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public boolean add(Message message) {
        return transactions.inTransaction(() -> {
            // KEY SHARE waits for a deletion of the job or the image under way and then finds it gone
            if (sql.run(dsl -> dsl.select(Tables.Jobs.ID).from(Tables.Jobs.TABLE).where(Tables.Jobs.ID.eq(message.jobId().value()))
                    .forKeyShare().fetch()).isEmpty()) {
                return false;
            }
            if (message.imageFileId() != null && sql.run(dsl -> dsl.select(TrustTables.Files.ID).from(TrustTables.Files.TABLE)
                    .where(TrustTables.Files.ID.eq(message.imageFileId())).forKeyShare().fetch()).isEmpty()) {
                return false;
            }
            sql.run(dsl -> dsl.insertInto(TABLE).set(ID, message.id()).set(JOB_ID, message.jobId().value())
                    .set(SENDER_ID, message.senderId().value()).set(CONTENT, message.content())
                    .set(IMAGE_FILE_ID, message.imageFileId()).set(SENT_AT, message.sentAt()).set(READ_AT, message.readAt())
                    .execute());
            return true;
        });
    }

    @Override
    public boolean shows(String fileId) {
        return sql.run(dsl -> dsl.fetchExists(TABLE, IMAGE_FILE_ID.eq(fileId)));
    }

    @Override
    public Page<Message> thread(JobId jobId, PageRequest page) {
        Condition ofJob = JOB_ID.eq(jobId.value());
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(ofJob).orderBy(SENT_AT.desc(), ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(PostgresMessages::message), page, dsl.fetchCount(TABLE, ofJob)));
    }

    @Override
    public int markRead(JobId jobId, UserId reader, Instant at) {
        return sql.run(dsl -> dsl.update(TABLE).set(READ_AT, at).where(unreadBy(jobId, reader)).execute());
    }

    @Override
    public int unread(JobId jobId, UserId reader) {
        return sql.run(dsl -> dsl.fetchCount(TABLE, unreadBy(jobId, reader)));
    }

    private static Condition unreadBy(JobId jobId, UserId reader) {
        return JOB_ID.eq(jobId.value()).and(SENDER_ID.ne(reader.value())).and(READ_AT.isNull());
    }

    private static Message message(Record row) {
        return new Message(row.get(ID), new JobId(row.get(JOB_ID)), new UserId(row.get(SENDER_ID)), row.get(CONTENT),
                row.get(IMAGE_FILE_ID), row.get(SENT_AT), row.get(READ_AT));
    }
}
