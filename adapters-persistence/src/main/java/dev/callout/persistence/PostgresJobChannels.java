package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.callout.application.port.JobChannels;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Channel entries in {@code job_channel_members}. Every change to one user's entries on one job
 * takes a transaction-scoped advisory lock on that pair before it counts what is left, so of two
 * sockets joining (or leaving) at once on any nodes, exactly one is first (or last).
 */
@Singleton
public final class PostgresJobChannels implements JobChannels {

    private static final Table<Record> TABLE = table(name("job_channel_members"));
    private static final Field<String> SOCKET_ID = field(name("socket_id"), SQLDataType.VARCHAR);
    private static final Field<String> JOB_ID = field(name("job_id"), SQLDataType.VARCHAR);
    private static final Field<String> USER_ID = field(name("user_id"), SQLDataType.VARCHAR);
    private static final Field<String> NODE_ID = field(name("node_id"), SQLDataType.VARCHAR);
    private static final Field<Instant> LEASED_UNTIL = field(name("leased_until"), SQLDataType.INSTANT);

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresJobChannels(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public boolean join(Member member) {
        String job = member.jobId().value();
        String user = member.userId().value();
        return locked(job, user, () -> sql.run(dsl -> dsl.insertInto(TABLE)
                .set(SOCKET_ID, member.socketId()).set(JOB_ID, job).set(USER_ID, user).set(NODE_ID, member.nodeId())
                .set(LEASED_UNTIL, member.leasedUntil())
                .onConflictDoNothing().execute()) == 1 && entries(job, user) == 1);
    }

    @Override
    public boolean leave(String socketId, JobId jobId) {
        String job = jobId.value();
        String user = sql.run(dsl -> dsl.select(USER_ID).from(TABLE).where(SOCKET_ID.eq(socketId), JOB_ID.eq(job)).fetchOne(USER_ID));
        return user != null && locked(job, user, () -> sql.run(dsl -> dsl.deleteFrom(TABLE)
                .where(SOCKET_ID.eq(socketId), JOB_ID.eq(job)).execute()) == 1 && entries(job, user) == 0);
    }

    @Override
    public List<JobId> leaveAll(String socketId) {
        List<JobId> left = new ArrayList<>();
        for (String job : sql.run(dsl -> dsl.select(JOB_ID).from(TABLE).where(SOCKET_ID.eq(socketId)).orderBy(JOB_ID).fetch(JOB_ID))) {
            if (leave(socketId, new JobId(job))) {
                left.add(new JobId(job));
            }
        }
        return left;
    }

    @Override
    public Set<UserId> present(JobId jobId) {
        return new LinkedHashSet<>(sql.run(dsl -> dsl.selectDistinct(USER_ID).from(TABLE).where(JOB_ID.eq(jobId.value()))
                .orderBy(USER_ID).fetch(row -> new UserId(row.get(USER_ID)))));
    }

    @Override
    public List<Departure> renew(String nodeId, Instant until, Instant now) {
        sql.run(dsl -> dsl.update(TABLE).set(LEASED_UNTIL, until).where(NODE_ID.eq(nodeId)).execute());
        List<Record2<String, String>> lapsed = sql.run(dsl -> dsl.selectDistinct(JOB_ID, USER_ID).from(TABLE)
                .where(LEASED_UNTIL.le(now)).orderBy(JOB_ID, USER_ID).fetch());
        List<Departure> departures = new ArrayList<>();
        for (Record2<String, String> pair : lapsed) {
            String job = pair.value1();
            String user = pair.value2();
            if (locked(job, user, () -> sql.run(dsl -> dsl.deleteFrom(TABLE)
                    .where(JOB_ID.eq(job), USER_ID.eq(user), LEASED_UNTIL.le(now)).execute()) > 0 && entries(job, user) == 0)) {
                departures.add(new Departure(new JobId(job), new UserId(user)));
            }
        }
        return departures;
    }

    private int entries(String job, String user) {
        return sql.run(dsl -> dsl.fetchCount(TABLE, JOB_ID.eq(job).and(USER_ID.eq(user))));
    }

    /** Runs the change in a transaction holding the user's lock on the job's channel. */
    private boolean locked(String job, String user, BooleanSupplier change) {
        return transactions.inTransaction(() -> {
            sql.run(dsl -> dsl.fetch("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))",
                    DSL.val("job_channel " + job + " " + user)));
            return change.getAsBoolean();
        });
    }
}
