package dev.callout.persistence;

import dev.callout.application.contract.OpenSocketsContract;
import dev.callout.application.port.OpenSockets;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOpenSocketsContractTest extends OpenSocketsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected OpenSockets sockets() {
        return database.bean(PostgresOpenSockets.class);
    }
}
