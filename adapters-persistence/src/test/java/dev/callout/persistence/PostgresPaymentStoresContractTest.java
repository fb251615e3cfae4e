package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.PaymentStoresContract;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Payments;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPaymentStoresContractTest extends PaymentStoresContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected void emptyStores() {
        database.truncate("ledger_entries", "refunds", "payments", "processed_webhook_events", "provider_payout_accounts",
                "outbox", "jobs", "users");
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
    protected Payments payments() {
        return database.bean(PostgresPayments.class);
    }

    @Override
    protected Ledger ledger() {
        return database.bean(PostgresLedger.class);
    }

    @Override
    protected ProcessedWebhooks processedWebhooks() {
        return database.bean(PostgresProcessedWebhooks.class);
    }

    @Override
    protected PayoutAccounts payoutAccounts() {
        return database.bean(PostgresPayoutAccounts.class);
    }

    @Override
    protected Transactions transactions() {
        return database.bean(PostgresTransactions.class);
    }

    @Test
    void theDatabaseRefusesAnUnbalancedOrRewrittenLedger() {
        theLedgerKeepsEntriesAndAnswersBalancesAndEarnings();
        String payment = database.text("SELECT payment_id FROM ledger_entries LIMIT 1");
        assertThatThrownBy(() -> database.execute("INSERT INTO ledger_entries (job_id, payment_id, account_type, amount_minor,"
                + " currency, kind, method, recorded_at) SELECT job_id, id, 'platform_revenue', 1, 'PHP', 'platform_fee',"
                + " 'card', now() FROM payments WHERE id = '" + payment + "'"))
                .hasMessageContaining("do not balance");
        assertThatThrownBy(() -> database.execute("UPDATE ledger_entries SET amount_minor = 2")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM ledger_entries")).hasMessageContaining("append-only");
    }
}
