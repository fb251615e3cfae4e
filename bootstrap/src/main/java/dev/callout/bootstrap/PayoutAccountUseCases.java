package dev.callout.bootstrap;

import dev.callout.application.payment.PayoutAccountService;
import dev.callout.application.payment.PayoutAccountUseCase;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Providers' Stripe connected accounts, checked through the configured payment gateway before they are stored. */
@Factory
class PayoutAccountUseCases {

    @Singleton
    PayoutAccountUseCase payoutAccounts(PayoutAccounts accounts, Users users, PaymentGateway gateway, Transactions transactions,
                                        Clock clock) {
        return new PayoutAccountService(accounts, users, gateway, transactions, clock);
    }
}
