package dev.callout.persistence;

import dev.callout.application.contract.CategoriesContract;
import dev.callout.application.port.Categories;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCategoriesContractTest extends CategoriesContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected Categories categories() {
        return database.bean(PostgresCategories.class);
    }
}
