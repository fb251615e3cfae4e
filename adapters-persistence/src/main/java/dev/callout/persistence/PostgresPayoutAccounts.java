package dev.callout.persistence;

import static dev.callout.persistence.PaymentTables.PayoutAccounts.*;

import dev.callout.application.payment.PayoutAccounts;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Providers' connected accounts, one per provider; linking again replaces it. */
@Singleton
public final class PostgresPayoutAccounts implements PayoutAccounts {

    private final Sql sql;

    PostgresPayoutAccounts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> accountOf(UserId provider) {
        return sql.run(dsl -> dsl.select(ACCOUNT).from(TABLE).where(PROVIDER_ID.eq(provider.value())).fetchOptional(ACCOUNT));
    }

    @Override
    public void link(UserId provider, String account) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(PROVIDER_ID, provider.value()).set(ACCOUNT, account)
                .onConflict(PROVIDER_ID).doUpdate().set(ACCOUNT, account).execute());
    }
}
