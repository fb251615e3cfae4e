package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.payment.RefundState;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.RefundStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} must do, so the offline gateway behaves as Stripe does:
 * holds, captures, cancellations, refunds, refusals, and idempotency keys.
 */
public abstract class PaymentGatewayContract {

    protected abstract PaymentGateway gateway();

    /** The intent after its customer confirmed it with a good card (Stripe.js in a real client). */
    protected abstract IntentSnapshot confirmedByCustomer(IntentSnapshot created);

    /** The intent the hosted page made once its customer paid there with a good card. */
    protected abstract IntentSnapshot paidOnPage(CheckoutSession page);

    /** The hosted page for {@code request}, as the payment it is for asks for it. */
    protected CheckoutSession openPage(NewIntent request, Instant openedAt) {
        return done(gateway().createCheckout(request, openedAt));
    }

    /** The id of a connected account of the platform's that has finished onboarding. */
    protected abstract String onboardedConnectedAccount();

    protected static <T> T done(GatewayResult<T> result) {
        assertThat(result).isInstanceOf(GatewayResult.Done.class);
        return ((GatewayResult.Done<T>) result).value();
    }

    protected static NewIntent intent(boolean manualCapture, Money amount) {
        return new NewIntent("key-create-" + unique(), new PaymentId("pay_" + unique()), jobId(), PaymentMethod.CARD, amount,
                manualCapture, null, null);
    }

    private IntentSnapshot held(Money amount) {
        IntentSnapshot created = done(gateway().createIntent(intent(true, amount)));
        assertThat(created.clientSecret()).isNotBlank();
        IntentSnapshot confirmed = confirmedByCustomer(created);
        assertThat(confirmed.status()).isEqualTo(IntentStatus.REQUIRES_CAPTURE);
        assertThat(confirmed.amountReceived().isZero()).isTrue();
        return confirmed;
    }

    @Test
    void aHoldIsCapturedOnceAndARepeatWithTheSameKeyGetsTheSameAnswer() {
        IntentSnapshot hold = held(php(95_050));
        String key = "key-capture-" + unique();

        IntentSnapshot captured = done(gateway().capture(hold.intentId(), key));
        assertThat(captured.status()).isEqualTo(IntentStatus.SUCCEEDED);
        assertThat(captured.amountReceived()).isEqualTo(php(95_050));

        assertThat(done(gateway().capture(hold.intentId(), key))).isEqualTo(captured);
        assertThat(gateway().capture(hold.intentId(), "key-capture-" + unique())).isInstanceOf(GatewayResult.Rejected.class);
        assertThat(done(gateway().retrieve(hold.intentId())).status()).isEqualTo(IntentStatus.SUCCEEDED);
    }

    @Test
    void aHostedPageIsMadeOnceForItsKeyAndHoldsTheCardItsCustomerPaysWith() {
        Instant openedAt = Instant.now();
        NewIntent hold = intent(true, php(95_050));

        CheckoutSession page = openPage(hold, openedAt);
        assertThat(page.id()).isNotBlank();
        assertThat(page.url()).contains(page.id());
        assertThat(page.expiresAt()).isAfter(openedAt);
        assertThat(done(gateway().createCheckout(hold, openedAt))).isEqualTo(page);

        IntentSnapshot held = paidOnPage(page);
        assertThat(held.status()).isEqualTo(IntentStatus.REQUIRES_CAPTURE);
        assertThat(done(gateway().capture(held.intentId(), "key-capture-" + unique())).amountReceived()).isEqualTo(php(95_050));
    }

    @Test
    void aHostedPageForAnImmediateChargeChargesTheCard() {
        CheckoutSession page = openPage(intent(false, php(1_500)), Instant.now());

        IntentSnapshot charged = paidOnPage(page);

        assertThat(charged.status()).isEqualTo(IntentStatus.SUCCEEDED);
        assertThat(charged.amountReceived()).isEqualTo(php(1_500));
    }

    @Test
    void anOpenPageIsExpiredAndAPaidOneIsNot() {
        CheckoutSession open = openPage(intent(true, php(2_000)), Instant.now());
        String key = "key-expire-" + unique();
        assertThat(done(gateway().expireCheckout(open.id(), key))).isEqualTo(open.id());
        assertThat(done(gateway().expireCheckout(open.id(), key))).isEqualTo(open.id());

        CheckoutSession paid = openPage(intent(true, php(2_000)), Instant.now());
        paidOnPage(paid);
        assertThat(gateway().expireCheckout(paid.id(), "key-expire-" + unique())).isInstanceOf(GatewayResult.Rejected.class);
    }

    @Test
    void aHoldIsCancelledOnceAndCannotBeCapturedAfterwards() {
        IntentSnapshot hold = held(php(50_000));

        assertThat(done(gateway().cancel(hold.intentId(), "key-cancel-" + unique())).status()).isEqualTo(IntentStatus.CANCELED);
        assertThat(gateway().cancel(hold.intentId(), "key-cancel-" + unique())).isInstanceOf(GatewayResult.Rejected.class);
        assertThat(gateway().capture(hold.intentId(), "key-capture-" + unique())).isInstanceOf(GatewayResult.Rejected.class);
    }

    @Test
    void withoutManualCaptureTheConfirmedIntentIsCharged() {
        IntentSnapshot created = done(gateway().createIntent(intent(false, Money.ofMinor(1_999, "JPY"))));
        IntentSnapshot confirmed = confirmedByCustomer(created);
        assertThat(confirmed.status()).isEqualTo(IntentStatus.SUCCEEDED);
        assertThat(confirmed.amountReceived()).isEqualTo(Money.ofMinor(1_999, "JPY"));
    }

    @Test
    void theSameCreateKeyMakesOneIntent() {
        NewIntent request = intent(true, php(10_000));
        IntentSnapshot first = done(gateway().createIntent(request));
        IntentSnapshot again = done(gateway().createIntent(request));
        assertThat(again.intentId()).isEqualTo(first.intentId());
        assertThat(done(gateway().createIntent(intent(true, php(10_000)))).intentId()).isNotEqualTo(first.intentId());
    }

    @Test
    void refundsNeverExceedWhatWasCapturedAndARepeatedKeyRefundsOnce() {
        IntentSnapshot hold = held(php(10_000));
        done(gateway().capture(hold.intentId(), "key-capture-" + unique()));
        NewRefund part = new NewRefund("key-refund-" + unique(), hold.intentId(), php(4_000), "partial", false);

        RefundState first = done(gateway().refund(part));
        assertThat(first.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(done(gateway().refund(part)).refundId()).isEqualTo(first.refundId());

        assertThat(gateway().refund(new NewRefund("key-refund-" + unique(), hold.intentId(), php(6_001), "too much", false)))
                .isInstanceOf(GatewayResult.Rejected.class);
        assertThat(done(gateway().refund(new NewRefund("key-refund-" + unique(), hold.intentId(), php(6_000), "the rest", false)))
                .status()).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void nothingCapturedCannotBeRefunded() {
        IntentSnapshot hold = held(php(10_000));
        assertThat(gateway().refund(new NewRefund("key-refund-" + unique(), hold.intentId(), php(1_000), "early", false)))
                .isInstanceOf(GatewayResult.Rejected.class);
    }

    @Test
    void cardsAreSupportedAndWalletsAreNot() {
        assertThat(gateway().supports(PaymentMethod.CARD)).isTrue();
        assertThat(gateway().supports(PaymentMethod.GCASH)).isFalse();
        assertThat(gateway().supports(PaymentMethod.MAYA)).isFalse();
    }

    @Test
    void anOnboardedConnectedAccountCanReceiveTransfers() {
        String account = onboardedConnectedAccount();
        assertThat(done(gateway().connectedAccount(account))).isEqualTo(new ConnectedAccount(account, true));
    }
}
