package dev.callout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.TestClock;
import dev.callout.application.contract.PaymentGatewayContract;
import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.port.GatewayEvents.Verification;
import dev.callout.application.port.OfflineCheckout;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The offline gateway passes the Stripe adapter's contract; its customer confirms at once. */
class OfflinePaymentGatewayTest extends PaymentGatewayContract {

    private static final CheckoutPages PAGES = new CheckoutPages(null, null, Duration.ofHours(1));
    private static final String SECRET = "whsec_offline_test";

    private final TestClock clock = new TestClock(Instant.now());
    private final OfflinePaymentGateway gateway = new OfflinePaymentGateway(PAGES, SECRET, clock);

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
    protected IntentSnapshot paidOnPage(CheckoutSession page) {
        OfflineCheckout.SignedEvent paid = gateway.pay(page.id()).orElseThrow();
        GatewayEvent.CheckoutCompleted completed = (GatewayEvent.CheckoutCompleted) verified(paid);
        return done(gateway.retrieve(completed.intent().intentId()));
    }

    private GatewayEvent verified(OfflineCheckout.SignedEvent event) {
        Verification verification = new StripeWebhooks(SECRET, clock).verify(event.payload(), event.signature());
        assertThat(verification).isInstanceOf(Verification.Verified.class);
        return ((Verification.Verified) verification).event();
    }

    @Override
    protected String onboardedConnectedAccount() {
        return "acct_1AnyWellFormedId";
    }

    @Test
    void itsPageIsPaidOnceAsStripeWouldReportItAndThenNoLongerOpen() {
        NewIntent hold = intent(true, Money.parse("850.00", "PHP"));
        CheckoutSession page = done(gateway.createCheckout(hold, clock.instant()));
        assertThat(page.url()).isEqualTo(OfflineCheckout.PAGES + page.id());
        assertThat(gateway.page(page.id())).contains(new OfflineCheckout.Page(page, Money.parse("850.00", "PHP"), true));

        GatewayEvent paid = verified(gateway.pay(page.id()).orElseThrow());

        assertThat(paid).isInstanceOfSatisfying(GatewayEvent.CheckoutCompleted.class, completed -> {
            assertThat(completed.type()).isEqualTo("checkout.session.completed");
            assertThat(completed.sessionId()).isEqualTo(page.id());
            assertThat(completed.paymentId()).isEqualTo(hold.paymentId());
            assertThat(completed.intent().status()).isEqualTo(IntentStatus.REQUIRES_CAPTURE);
        });
        assertThat(gateway.page(page.id()).orElseThrow().open()).isFalse();
        assertThat(gateway.pay(page.id())).isEmpty();
        assertThat(gateway.leave(page.id())).isEmpty();
    }

    @Test
    void aPageLeftOrPastItsTimeExpiresUnpaid() {
        CheckoutSession left = done(gateway.createCheckout(intent(true, Money.parse("10.00", "PHP")), clock.instant()));
        assertThat(verified(gateway.leave(left.id()).orElseThrow())).isInstanceOfSatisfying(GatewayEvent.CheckoutExpired.class,
                expired -> assertThat(expired.sessionId()).isEqualTo(left.id()));
        assertThat(gateway.pay(left.id())).isEmpty();

        CheckoutSession late = done(gateway.createCheckout(intent(true, Money.parse("10.00", "PHP")), clock.instant()));
        clock.advance(PAGES.lifetime());
        assertThat(gateway.page(late.id()).orElseThrow().open()).isFalse();
        assertThat(verified(gateway.pay(late.id()).orElseThrow())).isInstanceOf(GatewayEvent.CheckoutExpired.class);
    }

    @Test
    void aRestartedGatewayNeverReusesTheIdsOfTheRunBefore() {
        IntentSnapshot before = done(gateway.createIntent(intent(true, Money.parse("10.00", "PHP"))));
        IntentSnapshot after = done(new OfflinePaymentGateway(PAGES, SECRET, clock).createIntent(intent(true, Money.parse("10.00", "PHP"))));

        assertThat(after.intentId()).isNotEqualTo(before.intentId());
    }
}
