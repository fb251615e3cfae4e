package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.callout.application.port.OpenSockets;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Socket leases in {@code socket_leases}. Opening takes a transaction-scoped advisory lock on the
 * user before it counts, so two nodes opening the user's last place at once are served one after
 * the other and only one of them gets it.
 */
@Singleton
public final class PostgresOpenSockets implements OpenSockets {

    private static final Table<Record> TABLE = table(name("socket_leases"));
    private static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
    private static final Field<String> USER_ID = field(name("user_id"), SQLDataType.VARCHAR);
    private static final Field<String> NODE_ID = field(name("node_id"), SQLDataType.VARCHAR);
    private static final Field<Instant> LEASED_UNTIL = field(name("leased_until"), SQLDataType.INSTANT);

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresOpenSockets(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public boolean open(OpenSocket socket, int max, Instant now) {
        String user = socket.userId().value();
        return transactions.inTransaction(() -> sql.run(dsl -> {
            dsl.fetch("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("socket_leases " + user));
            if (dsl.fetchCount(TABLE, USER_ID.eq(user).and(LEASED_UNTIL.gt(now))) >= max) {
                return false;
            }
            dsl.insertInto(TABLE).set(ID, socket.id()).set(USER_ID, user).set(NODE_ID, socket.nodeId())
                    .set(LEASED_UNTIL, socket.leasedUntil()).execute();
            return true;
        }));
    }

    @Override
    public void close(String socketId) {
        sql.run(dsl -> dsl.deleteFrom(TABLE).where(ID.eq(socketId)).execute());
    }

    @Override
    public void renew(String nodeId, Instant until, Instant now) {
        sql.run(dsl -> dsl.update(TABLE).set(LEASED_UNTIL, until).where(NODE_ID.eq(nodeId)).execute());
        sql.run(dsl -> dsl.deleteFrom(TABLE).where(LEASED_UNTIL.le(now)).execute());
    }
}
