package dev.callout.persistence;

import dev.callout.application.contract.JobChannelsContract;
import dev.callout.application.port.JobChannels;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresJobChannelsContractTest extends JobChannelsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected JobChannels channels() {
        return database.bean(PostgresJobChannels.class);
    }
}
