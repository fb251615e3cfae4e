package dev.callout.persistence;

import dev.callout.application.port.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One JDBC transaction around the work: Micronaut Data repositories and jOOQ (through the
 * contextual DataSource) both run on its connection, so everything commits or rolls back
 * together. A nested call joins the outer transaction. Any exception rolls back and propagates.
 */
@Singleton
public final class PostgresTransactions implements Transactions {

    private final TransactionOperations<Connection> transactions;

    PostgresTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
