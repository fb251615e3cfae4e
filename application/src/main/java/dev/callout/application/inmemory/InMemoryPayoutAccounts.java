package dev.callout.application.inmemory;

import dev.callout.application.payment.PayoutAccounts;
import dev.callout.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPayoutAccounts implements PayoutAccounts {

    private final Map<UserId, String> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<String> accountOf(UserId provider) {
        return Optional.ofNullable(accounts.get(provider));
    }

    @Override
    public void link(UserId provider, String account) {
        accounts.put(provider, account);
    }
}
