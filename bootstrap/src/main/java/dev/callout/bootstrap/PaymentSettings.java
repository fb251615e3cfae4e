package dev.callout.bootstrap;

import dev.callout.domain.money.FeeRate;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.payment.CheckoutPages;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Payment settings ({@code callout.payments.*}, e.g. CALLOUT_PAYMENTS_DEFAULT_FEE_BPS=500).
 * Defaults: a 5% fee where no category names its own; card holds last 7 days and a job must
 * start a day before one lapses, else the card is charged at once and the platform holds the
 * money; gateway calls that did not complete are retried every 30 seconds once 30 seconds old; a card
 * may pay once the job is accepted ({@code cards-after-completion}: only once it is completed;
 * {@code cards-held-from-posting}: the card is held as the job is posted, before anyone takes it); an admin's deletion
 * of a job keeps any job a payment names ({@code deletion-releases-holds}: releases a payment that took no money first);
 * a card is confirmed in the client with its intent's secret ({@code hosted-checkout}: paid on the gateway's hosted
 * page, which returns the browser to {@code checkout-success-url} or {@code checkout-cancel-url} and lasts
 * {@code checkout-lifetime}, 1 hour by default).
 */
@ConfigurationProperties("callout.payments")
public class PaymentSettings {

    private int defaultFeeBps = FeeRate.DEFAULT.basisPoints();
    private Duration holdValidity = HoldWindow.STRIPE.validity();
    private Duration holdMargin = HoldWindow.STRIPE.margin();
    private Duration settleAfter = Duration.ofSeconds(30);
    private Duration settleInterval = Duration.ofSeconds(30);
    private Duration settleInitialDelay = Duration.ofSeconds(10);
    private boolean cardsAfterCompletion;
    private boolean cardsHeldFromPosting;
    private boolean deletionReleasesHolds;
    private boolean hostedCheckout;
    private String checkoutSuccessUrl;
    private String checkoutCancelUrl;
    private Duration checkoutLifetime = Duration.ofHours(1);

    FeeRate defaultFee() {
        return new FeeRate(defaultFeeBps);
    }

    HoldWindow holdWindow() {
        return new HoldWindow(holdValidity, holdMargin);
    }

    CheckoutPages checkoutPages() {
        return new CheckoutPages(checkoutSuccessUrl, checkoutCancelUrl, checkoutLifetime);
    }

    public int getDefaultFeeBps() {
        return defaultFeeBps;
    }

    public void setDefaultFeeBps(int defaultFeeBps) {
        this.defaultFeeBps = defaultFeeBps;
    }

    public Duration getHoldValidity() {
        return holdValidity;
    }

    public void setHoldValidity(Duration holdValidity) {
        this.holdValidity = holdValidity;
    }

    public Duration getHoldMargin() {
        return holdMargin;
    }

    public void setHoldMargin(Duration holdMargin) {
        this.holdMargin = holdMargin;
    }

    public Duration getSettleAfter() {
        return settleAfter;
    }

    public void setSettleAfter(Duration settleAfter) {
        this.settleAfter = settleAfter;
    }

    /** How often unfinished gateway calls are retried. */
    public Duration getSettleInterval() {
        return settleInterval;
    }

    public void setSettleInterval(Duration settleInterval) {
        this.settleInterval = settleInterval;
    }

    /** How long after start they are retried first. */
    public Duration getSettleInitialDelay() {
        return settleInitialDelay;
    }

    public void setSettleInitialDelay(Duration settleInitialDelay) {
        this.settleInitialDelay = settleInitialDelay;
    }

    public boolean isCardsAfterCompletion() {
        return cardsAfterCompletion;
    }

    public void setCardsAfterCompletion(boolean cardsAfterCompletion) {
        this.cardsAfterCompletion = cardsAfterCompletion;
    }

    public boolean isCardsHeldFromPosting() {
        return cardsHeldFromPosting;
    }

    public void setCardsHeldFromPosting(boolean cardsHeldFromPosting) {
        this.cardsHeldFromPosting = cardsHeldFromPosting;
    }

    public boolean isDeletionReleasesHolds() {
        return deletionReleasesHolds;
    }

    public void setDeletionReleasesHolds(boolean deletionReleasesHolds) {
        this.deletionReleasesHolds = deletionReleasesHolds;
    }

    public boolean isHostedCheckout() {
        return hostedCheckout;
    }

    public void setHostedCheckout(boolean hostedCheckout) {
        this.hostedCheckout = hostedCheckout;
    }

    public String getCheckoutSuccessUrl() {
        return checkoutSuccessUrl;
    }

    public void setCheckoutSuccessUrl(String checkoutSuccessUrl) {
        this.checkoutSuccessUrl = checkoutSuccessUrl;
    }

    public String getCheckoutCancelUrl() {
        return checkoutCancelUrl;
    }

    public void setCheckoutCancelUrl(String checkoutCancelUrl) {
        this.checkoutCancelUrl = checkoutCancelUrl;
    }

    public Duration getCheckoutLifetime() {
        return checkoutLifetime;
    }

    public void setCheckoutLifetime(Duration checkoutLifetime) {
        this.checkoutLifetime = checkoutLifetime;
    }
}
