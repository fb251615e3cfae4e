package dev.callout.persistence;

import dev.callout.application.contract.ConversationsContract;
import dev.callout.application.port.Conversations;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresConversationsContractTest extends ConversationsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Messages messages() {
        return database.bean(PostgresMessages.class);
    }

    @Override
    protected Conversations conversations() {
        return database.bean(PostgresConversations.class);
    }
}
