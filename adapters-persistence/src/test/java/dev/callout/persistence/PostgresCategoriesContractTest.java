package dev.callout.persistence;

import dev.callout.application.contract.CategoriesContract;
import dev.callout.application.port.Categories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresCategoriesContractTest extends CategoriesContract {

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
    protected Categories categories() {
        return database.bean(PostgresCategories.class);
    }
}
