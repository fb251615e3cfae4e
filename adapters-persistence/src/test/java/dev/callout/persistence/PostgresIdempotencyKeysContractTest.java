package dev.callout.persistence;

import dev.callout.application.contract.IdempotencyKeysContract;
import dev.callout.application.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresIdempotencyKeysContractTest extends IdempotencyKeysContract {

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
    protected IdempotencyKeys keys() {
        return database.bean(PostgresIdempotencyKeys.class);
    }
}
