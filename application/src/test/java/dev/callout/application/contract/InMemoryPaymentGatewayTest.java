package dev.callout.application.contract;

import dev.callout.application.inmemory.InMemoryPaymentGateway;
import dev.callout.application.payment.PaymentGateway;
import dev.callout.domain.payment.IntentSnapshot;

class InMemoryPaymentGatewayTest extends PaymentGatewayContract {

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway(false);

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected IntentSnapshot confirmedByCustomer(IntentSnapshot created) {
        return done(gateway.confirm(created.intentId()));
    }
}
