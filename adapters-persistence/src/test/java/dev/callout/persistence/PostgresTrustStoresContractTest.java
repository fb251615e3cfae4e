package dev.callout.persistence;

import dev.callout.application.chat.Messages;
import dev.callout.application.contract.TrustStoresContract;
import dev.callout.application.dispute.Disputes;
import dev.callout.application.favorite.Favorites;
import dev.callout.application.file.FileContents;
import dev.callout.application.file.StoredFiles;
import dev.callout.application.notification.Notifications;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Users;
import dev.callout.application.review.Reviews;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The trust stores against PostgreSQL, and uploaded bytes against the filesystem. */
class PostgresTrustStoresContractTest extends TrustStoresContract {

    private static TestDatabase database;
    private static FilesystemFileContents contents;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        try {
            contents = new FilesystemFileContents(Files.createTempDirectory("callout-files-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected StoredFiles files() {
        return database.bean(PostgresStoredFiles.class);
    }

    @Override
    protected FileContents contents() {
        return contents;
    }

    @Override
    protected Reviews reviews() {
        return database.bean(PostgresReviews.class);
    }

    @Override
    protected Favorites favorites() {
        return database.bean(PostgresFavorites.class);
    }

    @Override
    protected Disputes disputes() {
        return database.bean(PostgresDisputes.class);
    }

    @Override
    protected Notifications notifications() {
        return database.bean(PostgresNotifications.class);
    }

    @Override
    protected Messages messages() {
        return database.bean(PostgresMessages.class);
    }
}
