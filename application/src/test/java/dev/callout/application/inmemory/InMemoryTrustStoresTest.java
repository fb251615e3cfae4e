package dev.callout.application.inmemory;

import dev.callout.application.contract.TrustStoresContract;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;

class InMemoryTrustStoresTest extends TrustStoresContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryStoredFiles files = new InMemoryStoredFiles();
    private final InMemoryFileContents contents = new InMemoryFileContents();
    private final InMemoryReviews reviews = new InMemoryReviews();
    private final InMemoryFavorites favorites = new InMemoryFavorites();
    private final InMemoryDisputes disputes = new InMemoryDisputes(files);
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryMessages messages = new InMemoryMessages(jobs, files);

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected StoredFiles files() {
        return files;
    }

    @Override
    protected FileContents contents() {
        return contents;
    }

    @Override
    protected Reviews reviews() {
        return reviews;
    }

    @Override
    protected Favorites favorites() {
        return favorites;
    }

    @Override
    protected Disputes disputes() {
        return disputes;
    }

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected Messages messages() {
        return messages;
    }
}
