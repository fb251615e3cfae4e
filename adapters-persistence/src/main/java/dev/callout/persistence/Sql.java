package dev.callout.persistence;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Runs jOOQ work on the current connection: the caller's transaction when there is one (the
 * DataSource micronaut-jooq uses is Micronaut Data's contextual one), else a connection opened
 * for just this work. Without this, jOOQ outside a transaction fails with "no current connection".
 */
@Singleton
final class Sql {

    private final DSLContext dsl;
    private final ConnectionOperations<Connection> connections;

    Sql(DSLContext dsl, ConnectionOperations<Connection> connections) {
        this.dsl = dsl;
        this.connections = connections;
    }

    <T> T run(Function<DSLContext, T> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> work.apply(dsl));
    }
}
