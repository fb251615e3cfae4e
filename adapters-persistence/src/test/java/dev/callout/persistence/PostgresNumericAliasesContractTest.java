package dev.callout.persistence;

import dev.callout.application.contract.NumericAliasesContract;
import dev.callout.application.port.NumericAliases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresNumericAliasesContractTest extends NumericAliasesContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected NumericAliases aliases() {
        return database.bean(PostgresNumericAliases.class);
    }
}
