package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.callout.application.port.NumericAliases;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The numeric_aliases table: an identity column numbers each id once. Two nodes giving the same id
 * its first number race on the unique id; the loser inserts nothing and reads the winner's.
 */
@Singleton
public final class PostgresNumericAliases implements NumericAliases {

    private static final Table<Record> TABLE = table(name("numeric_aliases"));
    private static final Field<Long> ALIAS = field(name("alias"), SQLDataType.BIGINT);
    private static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);

    private final Sql sql;

    PostgresNumericAliases(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long aliasOf(String id) {
        return sql.run(dsl -> dsl.select(ALIAS).from(TABLE).where(ID.eq(id)).fetchOptional(ALIAS)
                .or(() -> dsl.insertInto(TABLE).set(ID, id).onConflict(ID).doNothing().returning(ALIAS).fetchOptional(ALIAS))
                .orElseGet(() -> dsl.select(ALIAS).from(TABLE).where(ID.eq(id)).fetchSingle(ALIAS)));
    }

    @Override
    public Optional<String> idOf(long alias) {
        return sql.run(dsl -> dsl.select(ID).from(TABLE).where(ALIAS.eq(alias)).fetchOptional(ID));
    }
}
