package dev.callout.application.payment;

import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

public final class PayoutAccountService implements PayoutAccountUseCase {

    private final PayoutAccounts accounts;
    private final Users users;
    private final PaymentGateway gateway;
    private final Transactions transactions;
    private final Clock clock;

    public PayoutAccountService(PayoutAccounts accounts, Users users, PaymentGateway gateway, Transactions transactions,
                                Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.gateway = gateway;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public LinkResult link(LinkPayoutAccountCommand command) {
        if (!command.actor().is(Role.PROVIDER)) {
            return new LinkResult.NotAProvider();
        }
        String accountId = command.stripeAccountId();
        return switch (gateway.connectedAccount(accountId)) {
            case GatewayResult.Done<ConnectedAccount> done when !done.value().canReceiveTransfers() -> new LinkResult.Invalid(
                    accountId + " cannot receive transfers yet: finish its onboarding with Stripe first");
            case GatewayResult.Done<ConnectedAccount> done -> new LinkResult.Linked(store(command.actor().id(), accountId));
            case GatewayResult.Rejected<ConnectedAccount> rejected -> new LinkResult.Invalid(
                    "Stripe knows no connected account " + accountId + " of this platform (" + rejected.code() + ")");
            case GatewayResult.Declined<ConnectedAccount> declined -> new LinkResult.Invalid(declined.message());
            case GatewayResult.Unavailable<ConnectedAccount> unavailable -> new LinkResult.GatewayUnavailable(unavailable.message());
        };
    }

    private PayoutAccount store(UserId provider, String accountId) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PayoutAccount linked = accounts.find(provider).map(earlier -> earlier.relinkedTo(accountId, now))
                    .orElseGet(() -> new PayoutAccount(provider, accountId, now, now));
            accounts.save(linked);
            return linked;
        });
    }

    @Override
    public ReadResult read(Actor actor, UserId provider) {
        boolean own = actor.is(Role.PROVIDER) && actor.id().equals(provider);
        boolean admin = actor.is(Role.ADMIN) && users.byId(provider).filter(user -> user.role() == Role.PROVIDER).isPresent();
        if (!own && !admin) {
            return new ReadResult.NoSuchProvider();
        }
        return accounts.find(provider).<ReadResult>map(ReadResult.Found::new).orElseGet(ReadResult.NoAccount::new);
    }

    @Override
    public UnlinkResult unlink(Actor provider) {
        if (!provider.is(Role.PROVIDER)) {
            return UnlinkResult.NOT_A_PROVIDER;
        }
        return transactions.inTransaction(() -> accounts.remove(provider.id())) ? UnlinkResult.UNLINKED : UnlinkResult.NO_ACCOUNT;
    }
}
