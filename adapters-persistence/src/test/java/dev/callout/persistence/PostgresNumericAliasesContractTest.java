package dev.callout.persistence;

import dev.callout.application.contract.NumericAliasesContract;
import dev.callout.application.port.NumericAliases;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNumericAliasesContractTest extends NumericAliasesContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected NumericAliases aliases() {
        return database.bean(PostgresNumericAliases.class);
    }
}
