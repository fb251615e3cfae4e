package dev.callout.application.inmemory;

import dev.callout.application.port.PayoutAccounts;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPayoutAccounts implements PayoutAccounts {

    private final Map<UserId, PayoutAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<PayoutAccount> find(UserId provider) {
        return Optional.ofNullable(accounts.get(provider));
    }

    @Override
    public void save(PayoutAccount account) {
        accounts.merge(account.providerId(), account, (earlier, later) ->
                new PayoutAccount(later.providerId(), later.accountId(), earlier.createdAt(), later.updatedAt()));
    }

    @Override
    public boolean remove(UserId provider) {
        return accounts.remove(provider) != null;
    }
}
