package dev.callout.persistence;

import static org.jooq.impl.DSL.name;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.chat.Conversation;
import dev.callout.application.chat.Conversation.Participant;
import dev.callout.application.port.Conversations;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A party's threads in one query: their jobs that a provider holds (found through the jobs'
 * customer and provider indexes), each joined to its last message (a lateral read of
 * {@code messages_job}, newest first) and its count of messages unread by the reader (the partial
 * index {@code messages_unread}), sorted by the later of the last message and the acceptance.
 */
@Singleton
public final class PostgresConversations implements Conversations {

    private static final Table<Record> JOB = Tables.Jobs.TABLE.as("j");
    private static final Table<Record> CATEGORY = Tables.Categories.TABLE.as("c");
    private static final Table<Record> CUSTOMER = Tables.Users.TABLE.as("customer");
    private static final Table<Record> PROVIDER = Tables.Users.TABLE.as("provider");
    private static final Table<Record> LATEST = TrustTables.Messages.TABLE.as("latest");
    private static final Table<Record> UNREAD = TrustTables.Messages.TABLE.as("unread");

    private static final Field<String> JOB_ID = of(JOB, Tables.Jobs.ID);
    private static final Field<String> CUSTOMER_ID = of(JOB, Tables.Jobs.CUSTOMER_ID);
    private static final Field<String> PROVIDER_ID = of(JOB, Tables.Jobs.PROVIDER_ID);
    private static final Field<String> CUSTOMER_NAME = of(CUSTOMER, Tables.Users.NAME).as("customer_name");
    private static final Field<String> PROVIDER_NAME = of(PROVIDER, Tables.Users.NAME).as("provider_name");
    private static final Field<String> CUSTOMER_IMAGE = of(CUSTOMER, IdentityTables.UserProfile.PROFILE_IMAGE_FILE_ID).as("customer_image");
    private static final Field<String> PROVIDER_IMAGE = of(PROVIDER, IdentityTables.UserProfile.PROFILE_IMAGE_FILE_ID).as("provider_image");
    private static final Field<String> LAST_CONTENT = DSL.field(name("last", "content"), SQLDataType.VARCHAR);
    private static final Field<Instant> LAST_SENT_AT = DSL.field(name("last", "sent_at"), SQLDataType.INSTANT);
    private static final Field<Integer> UNREAD_COUNT = DSL.field(name("unread_count"), SQLDataType.INTEGER);
    private static final Field<Instant> LAST_ACTIVITY_AT = DSL.field(name("last_activity_at"), SQLDataType.INSTANT);

    private final Sql sql;

    PostgresConversations(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<Conversation> of(UserId party, PageRequest page) {
        Condition threads = PROVIDER_ID.isNotNull().and(CUSTOMER_ID.eq(party.value()).or(PROVIDER_ID.eq(party.value())));
        Table<?> last = DSL.lateral(DSL.select(of(LATEST, TrustTables.Messages.CONTENT), of(LATEST, TrustTables.Messages.SENT_AT))
                .from(LATEST).where(of(LATEST, TrustTables.Messages.JOB_ID).eq(JOB_ID))
                .orderBy(of(LATEST, TrustTables.Messages.SENT_AT).desc(), of(LATEST, TrustTables.Messages.ID).desc())
                .limit(1)).as("last");
        Field<Integer> unread = DSL.field(DSL.selectCount().from(UNREAD)
                .where(of(UNREAD, TrustTables.Messages.JOB_ID).eq(JOB_ID))
                .and(of(UNREAD, TrustTables.Messages.SENDER_ID).ne(party.value()))
                .and(of(UNREAD, TrustTables.Messages.READ_AT).isNull())).as(UNREAD_COUNT);
        Field<Instant> activity = DSL.greatest(LAST_SENT_AT, of(JOB, Tables.Jobs.ACCEPTED_AT)).as(LAST_ACTIVITY_AT);
        return sql.run(dsl -> {
            long total = dsl.fetchCount(JOB, threads);
            List<Conversation> items = total <= page.offset() ? List.of()
                    : dsl.select(JOB_ID, of(JOB, Tables.Jobs.STATUS), of(JOB, Tables.Jobs.TITLE), of(JOB, Tables.Jobs.DESCRIPTION),
                                    of(CATEGORY, Tables.Categories.NAME), CUSTOMER_ID, CUSTOMER_NAME, CUSTOMER_IMAGE, PROVIDER_ID,
                                    PROVIDER_NAME, PROVIDER_IMAGE,
                                    LAST_CONTENT, LAST_SENT_AT, unread, activity)
                            .from(JOB)
                            .join(CATEGORY).on(of(CATEGORY, Tables.Categories.CODE).eq(of(JOB, Tables.Jobs.CATEGORY)))
                            .join(CUSTOMER).on(of(CUSTOMER, Tables.Users.ID).eq(CUSTOMER_ID))
                            .join(PROVIDER).on(of(PROVIDER, Tables.Users.ID).eq(PROVIDER_ID))
                            .leftJoin(last).on(DSL.trueCondition())
                            .where(threads)
                            .orderBy(LAST_ACTIVITY_AT.desc(), JOB_ID.desc())
                            .offset(page.offset()).limit(page.limit())
                            .fetch(PostgresConversations::conversation);
            return new Page<>(items, page, total);
        });
    }

    private static Conversation conversation(Record row) {
        return new Conversation(new JobId(row.get(JOB_ID)),
                Conversation.title(row.get(of(JOB, Tables.Jobs.TITLE)), row.get(of(JOB, Tables.Jobs.DESCRIPTION)),
                        row.get(of(CATEGORY, Tables.Categories.NAME))),
                JobStatus.fromWireName(row.get(of(JOB, Tables.Jobs.STATUS))).orElseThrow(),
                List.of(new Participant(new UserId(row.get(CUSTOMER_ID)), row.get(CUSTOMER_NAME), row.get(CUSTOMER_IMAGE)),
                        new Participant(new UserId(row.get(PROVIDER_ID)), row.get(PROVIDER_NAME), row.get(PROVIDER_IMAGE))),
                row.get(LAST_CONTENT), row.get(LAST_SENT_AT), row.get(UNREAD_COUNT), row.get(LAST_ACTIVITY_AT));
    }

    /** The column of an aliased table ({@code j.customer_id}), typed like the table's own. */
    private static <T> Field<T> of(Table<Record> alias, Field<T> column) {
        return DSL.field(DSL.name(alias.getName(), column.getName()), column.getDataType());
    }
}
