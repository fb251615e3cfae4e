package dev.callout.application.contract;

import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLedger;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryPayoutAccounts;
import dev.callout.application.inmemory.InMemoryProcessedWebhooks;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Payments;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;

class InMemoryPaymentStoresTest extends PaymentStoresContract {

    private final Users users = new InMemoryUsers();
    private final Jobs jobs = new InMemoryJobs();
    private final Payments payments = new InMemoryPayments();
    private final Ledger ledger = new InMemoryLedger();
    private final ProcessedWebhooks processed = new InMemoryProcessedWebhooks();
    private final PayoutAccounts accounts = new InMemoryPayoutAccounts();
    private final Transactions transactions = new InMemoryTransactions();

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Payments payments() {
        return payments;
    }

    @Override
    protected Ledger ledger() {
        return ledger;
    }

    @Override
    protected ProcessedWebhooks processedWebhooks() {
        return processed;
    }

    @Override
    protected PayoutAccounts payoutAccounts() {
        return accounts;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
