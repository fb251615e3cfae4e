package dev.callout.persistence;

import static dev.callout.persistence.PaymentTables.PayoutAccounts.*;

import dev.callout.application.port.PayoutAccounts;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Providers' connected accounts, one per provider; linking again replaces it and keeps created_at. */
@Singleton
public final class PostgresPayoutAccounts implements PayoutAccounts {

    private final Sql sql;

    PostgresPayoutAccounts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<PayoutAccount> find(UserId provider) {
        return sql.run(dsl -> dsl.select(ACCOUNT, CREATED_AT, UPDATED_AT).from(TABLE).where(PROVIDER_ID.eq(provider.value()))
                .fetchOptional(r -> new PayoutAccount(provider, r.get(ACCOUNT), r.get(CREATED_AT), r.get(UPDATED_AT))));
    }

    @Override
    public void save(PayoutAccount account) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(PROVIDER_ID, account.providerId().value()).set(ACCOUNT, account.accountId())
                .set(CREATED_AT, account.createdAt()).set(UPDATED_AT, account.updatedAt())
                .onConflict(PROVIDER_ID).doUpdate().set(ACCOUNT, account.accountId()).set(UPDATED_AT, account.updatedAt())
                .execute());
    }

    @Override
    public boolean remove(UserId provider) {
        return sql.run(dsl -> dsl.deleteFrom(TABLE).where(PROVIDER_ID.eq(provider.value())).execute()) > 0;
    }
}
