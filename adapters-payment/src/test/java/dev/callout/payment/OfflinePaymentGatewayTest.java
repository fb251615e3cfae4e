package dev.callout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.PaymentGatewayContract;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import org.junit.jupiter.api.Test;

/** The offline gateway passes the Stripe adapter's contract; its customer confirms at once. */
class OfflinePaymentGatewayTest extends PaymentGatewayContract {

    private final OfflinePaymentGateway gateway = new OfflinePaymentGateway();

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected IntentSnapshot confirmedByCustomer(IntentSnapshot created) {
        assertThat(created.status()).isIn(IntentStatus.REQUIRES_CAPTURE, IntentStatus.SUCCEEDED);
        return created;
    }

    @Override
    protected String onboardedConnectedAccount() {
        return "acct_1AnyWellFormedId";
    }

    @Test
    void aRestartedGatewayNeverReusesTheIdsOfTheRunBefore() {
        IntentSnapshot before = done(gateway.createIntent(intent(true, Money.parse("10.00", "PHP"))));
        IntentSnapshot after = done(new OfflinePaymentGateway().createIntent(intent(true, Money.parse("10.00", "PHP"))));

        assertThat(after.intentId()).isNotEqualTo(before.intentId());
    }
}
