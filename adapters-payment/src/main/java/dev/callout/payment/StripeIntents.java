package dev.callout.payment;

import dev.callout.domain.money.Money;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.id.Prefixed;
import com.stripe.model.PaymentIntent;
import java.util.Locale;

/** Stripe's payment intents and amounts in Callout's terms. */
final class StripeIntents {

    static final String PAYMENT_ID = "payment_id";
    static final String JOB_ID = "job_id";

    private StripeIntents() {
    }

    static IntentSnapshot snapshot(PaymentIntent intent) {
        long received = intent.getAmountReceived() == null ? 0 : intent.getAmountReceived();
        return new IntentSnapshot(intent.getId(), intent.getClientSecret(), status(intent.getStatus()),
                money(received, intent.getCurrency()));
    }

    static IntentStatus status(String stripeStatus) {
        return switch (stripeStatus) {
            case "requires_capture" -> IntentStatus.REQUIRES_CAPTURE;
            case "succeeded" -> IntentStatus.SUCCEEDED;
            case "canceled" -> IntentStatus.CANCELED;
            case "processing" -> IntentStatus.PROCESSING;
            default -> IntentStatus.AWAITING_CUSTOMER; // requires_payment_method, requires_confirmation, requires_action
        };
    }

    /** Stripe's amounts are in the currency's smallest unit, as Money's minor units are. */
    static Money money(long amount, String currency) {
        return Money.ofMinor(amount, currency.toUpperCase(Locale.ROOT));
    }

    static String currency(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    static PaymentId paymentId(PaymentIntent intent) {
        String id = intent.getMetadata() == null ? null : intent.getMetadata().get(PAYMENT_ID);
        return Prefixed.matches(id, PaymentId.PREFIX) ? new PaymentId(id) : null;
    }
}
