package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import org.junit.jupiter.api.Test;

class SimulatedPaymentGatewayTest extends PaymentGatewayContract {

    private final SimulatedPaymentGateway gateway = new SimulatedPaymentGateway(false);

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected IntentSnapshot confirmedByCustomer(IntentSnapshot created) {
        return done(gateway.confirm(created.intentId()));
    }

    @Override
    protected IntentSnapshot paidOnPage(CheckoutSession page) {
        return done(gateway.payCheckout(page.id(), page.expiresAt().minusSeconds(1)));
    }

    @Override
    protected String onboardedConnectedAccount() {
        return "acct_" + ContractFixtures.unique();
    }

    @Test
    void testsDecideWhichConnectedAccountsAreMissingOrRestrictedAndWhenTheGatewayIsSilent() {
        gateway.forgetAccount("acct_gone");
        gateway.restrictAccount("acct_onboarding");

        assertThat(gateway.connectedAccount("acct_gone")).isInstanceOf(GatewayResult.Rejected.class);
        assertThat(done(gateway.connectedAccount("acct_onboarding"))).isEqualTo(new ConnectedAccount("acct_onboarding", false));
        gateway.becomeUnavailableFor(1);
        assertThat(gateway.connectedAccount("acct_ok")).isInstanceOf(GatewayResult.Unavailable.class);
        assertThat(done(gateway.connectedAccount("acct_ok")).canReceiveTransfers()).isTrue();
    }
}
