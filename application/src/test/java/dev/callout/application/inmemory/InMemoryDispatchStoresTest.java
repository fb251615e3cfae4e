package dev.callout.application.inmemory;

import dev.callout.application.contract.DispatchStoresContract;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;

class InMemoryDispatchStoresTest extends DispatchStoresContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryReviews reviews = new InMemoryReviews();
    private final InMemoryProviderPresences presences = new InMemoryProviderPresences(users, reviews);
    private final InMemoryDispatchRounds rounds = new InMemoryDispatchRounds();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Reviews reviews() {
        return reviews;
    }

    @Override
    protected ProviderPresences presences() {
        return presences;
    }

    @Override
    protected DispatchRounds rounds() {
        return rounds;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
