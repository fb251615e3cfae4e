package dev.callout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.TestClock;
import dev.callout.application.contract.PaymentGatewayContract;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.port.GatewayEvents.Verification;
import dev.callout.application.port.OfflineCheckout;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.HoldPlan;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.Refunds;
import dev.callout.domain.payment.Stage;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The offline gateway passes the Stripe adapter's contract; its customer confirms at once; its pages are its payments'. */
class OfflinePaymentGatewayTest extends PaymentGatewayContract {

    private static final CheckoutPages PAGES = new CheckoutPages(null, null, Duration.ofHours(1));
    private static final String SECRET = "whsec_offline_test";

    private final TestClock clock = new TestClock(Instant.now());
    private final InMemoryPayments payments = new InMemoryPayments();
    private final OfflinePaymentGateway gateway = new OfflinePaymentGateway(PAGES, SECRET, clock, payments);

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected IntentSnapshot confirmedByCustomer(IntentSnapshot created) {
        assertThat(created.status()).isIn(IntentStatus.REQUIRES_CAPTURE, IntentStatus.SUCCEEDED);
        return created;
    }

    /** Made for a payment, which keeps the page as the payment use cases would store it. */
    @Override
    protected CheckoutSession openPage(NewIntent request, Instant openedAt) {
        CheckoutSession page = done(gateway.createCheckout(request, openedAt));
        Money none = Money.zero(request.amount().currency());
        payments.add(new Payment(request.paymentId(), request.jobId(), new UserId("usr_customer"), null, PaymentMethod.CARD,
                new FeeSplit(request.amount(), none, request.amount()),
                request.manualCapture() ? HoldPlan.AUTHORISE : HoldPlan.CAPTURE_NOW, null, new Stage.Pending(), false, false,
                false, false, null, null, null, page, Refunds.none(request.amount().currency()), openedAt, openedAt, 0));
        return page;
    }

    @Override
    protected IntentSnapshot paidOnPage(CheckoutSession page) {
        OfflineCheckout.SignedEvent paid = gateway.pay(page.id()).orElseThrow();
        GatewayEvent.CheckoutCompleted completed = (GatewayEvent.CheckoutCompleted) verified(paid);
        recordPaid(page, completed.intent());
        return done(gateway.retrieve(completed.intent().intentId()));
    }

    /** What the webhook use case does with the page's event: the payment gets its intent. */
    private void recordPaid(CheckoutSession page, IntentSnapshot intent) {
        Payment payment = payments.byCheckoutSession(page.id()).orElseThrow();
        payments.update(((dev.callout.domain.payment.PaymentOutcome.Changed) payment.observe(intent, null, clock.instant())).payment());
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
        CheckoutSession page = openPage(hold, clock.instant());
        assertThat(page.url()).isEqualTo(OfflineCheckout.PAGES + page.id());
        assertThat(gateway.page(page.id())).contains(new OfflineCheckout.Page(page, Money.parse("850.00", "PHP"), true));

        GatewayEvent paid = verified(gateway.pay(page.id()).orElseThrow());

        assertThat(paid).isInstanceOfSatisfying(GatewayEvent.CheckoutCompleted.class, completed -> {
            assertThat(completed.type()).isEqualTo("checkout.session.completed");
            assertThat(completed.sessionId()).isEqualTo(page.id());
            assertThat(completed.paymentId()).isEqualTo(hold.paymentId());
            assertThat(completed.intent().status()).isEqualTo(IntentStatus.REQUIRES_CAPTURE);
            recordPaid(page, completed.intent());
        });
        assertThat(gateway.page(page.id()).orElseThrow().open()).isFalse();
        assertThat(gateway.pay(page.id())).isEmpty();
        assertThat(gateway.leave(page.id())).isEmpty();
    }

    @Test
    void aPageLeftOrPastItsTimeExpiresUnpaid() {
        CheckoutSession left = openPage(intent(true, Money.parse("10.00", "PHP")), clock.instant());
        assertThat(verified(gateway.leave(left.id()).orElseThrow())).isInstanceOfSatisfying(GatewayEvent.CheckoutExpired.class,
                expired -> assertThat(expired.sessionId()).isEqualTo(left.id()));

        CheckoutSession late = openPage(intent(true, Money.parse("10.00", "PHP")), clock.instant());
        clock.advance(PAGES.lifetime());
        assertThat(gateway.page(late.id()).orElseThrow().open()).isFalse();
        assertThat(verified(gateway.pay(late.id()).orElseThrow())).isInstanceOf(GatewayEvent.CheckoutExpired.class);
    }

    @Test
    void aPageOutlivesTheGatewayThatMadeItAndOpensOnAnyNode() {
        NewIntent charge = intent(false, Money.parse("850.00", "PHP"));
        CheckoutSession page = openPage(charge, clock.instant());

        OfflinePaymentGateway restarted = new OfflinePaymentGateway(PAGES, SECRET, clock, payments);

        assertThat(restarted.page(page.id())).contains(new OfflineCheckout.Page(page, Money.parse("850.00", "PHP"), true));
        GatewayEvent paid = verified(restarted.pay(page.id()).orElseThrow());
        assertThat(paid).isInstanceOfSatisfying(GatewayEvent.CheckoutCompleted.class, completed -> {
            assertThat(completed.paymentId()).isEqualTo(charge.paymentId());
            assertThat(completed.intent().status()).isEqualTo(IntentStatus.SUCCEEDED);
            assertThat(completed.intent().amountReceived()).isEqualTo(Money.parse("850.00", "PHP"));
        });
        assertThat(gateway.page("cs_unknown")).isEmpty();
    }

    @Test
    void aPageWhoseJobIsGoneIsClosedAndExpiredButAPaidOneCannotBe() {
        CheckoutSession page = openPage(intent(true, Money.parse("10.00", "PHP")), clock.instant());
        Payment payment = payments.byCheckoutSession(page.id()).orElseThrow();
        payments.update(((dev.callout.domain.payment.PaymentOutcome.Changed) payment.cancel(clock.instant())).payment());

        assertThat(gateway.page(page.id()).orElseThrow().open()).isFalse();
        assertThat(gateway.pay(page.id())).isEmpty();
        assertThat(done(gateway.expireCheckout(page.id(), "key-expire"))).isEqualTo(page.id());
        assertThat(gateway.expireCheckout("cs_unknown", "key-expire-2")).isInstanceOf(
                dev.callout.application.payment.GatewayResult.Rejected.class);
    }

    @Test
    void aRestartedGatewayNeverReusesTheIdsOfTheRunBefore() {
        IntentSnapshot before = done(gateway.createIntent(intent(true, Money.parse("10.00", "PHP"))));
        IntentSnapshot after = done(new OfflinePaymentGateway(PAGES, SECRET, clock, payments)
                .createIntent(intent(true, Money.parse("10.00", "PHP"))));

        assertThat(after.intentId()).isNotEqualTo(before.intentId());
    }
}
