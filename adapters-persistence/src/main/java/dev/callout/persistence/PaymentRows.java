package dev.callout.persistence;

import static dev.callout.persistence.JobMapper.upper;

import dev.callout.domain.job.JobId;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.GatewayCall;
import dev.callout.domain.payment.HoldPlan;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.payment.RefundId;
import dev.callout.domain.payment.RefundStatus;
import dev.callout.domain.payment.Refunds;
import dev.callout.domain.payment.Stage;
import dev.callout.domain.user.UserId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jooq.Record;

/** Between payment rows (with their refund rows) and the domain's payments. */
final class PaymentRows {

    /** The stored names of the stages analytics counts by (as {@link Stage#storedName()} writes them). */
    static final String PENDING = "pending";
    static final String AUTHORIZED = "authorized";
    static final String CAPTURED = "captured";

    private PaymentRows() {
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static Payment toPayment(Record r, List<Refund> refunds) {
        var p = new Object() {
            Money money(long minor) {
                return Money.ofMinor(minor, r.get(PaymentTables.Payments.CURRENCY));
            }
        };
        String call = r.get(PaymentTables.Payments.PENDING_CALL);
        return new Payment(new PaymentId(r.get(PaymentTables.Payments.ID)), new JobId(r.get(PaymentTables.Payments.JOB_ID)),
                new UserId(r.get(PaymentTables.Payments.CUSTOMER_ID)),
                r.get(PaymentTables.Payments.PROVIDER_ID) == null ? null : new UserId(r.get(PaymentTables.Payments.PROVIDER_ID)),
                PaymentMethod.valueOf(upper(r.get(PaymentTables.Payments.METHOD))),
                new FeeSplit(p.money(r.get(PaymentTables.Payments.AMOUNT_MINOR)), p.money(r.get(PaymentTables.Payments.FEE_MINOR)),
                        p.money(r.get(PaymentTables.Payments.NET_MINOR))),
                HoldPlan.valueOf(upper(r.get(PaymentTables.Payments.HOLD_PLAN))), r.get(PaymentTables.Payments.PAYOUT_ACCOUNT),
                toStage(r, p.money(r.get(PaymentTables.Payments.CAPTURED_MINOR))),
                r.get(PaymentTables.Payments.RELEASE_REQUESTED), r.get(PaymentTables.Payments.CUSTOMER_RELEASED),
                r.get(PaymentTables.Payments.CANCEL_REQUESTED),
                r.get(PaymentTables.Payments.DISPUTED), call == null ? null : GatewayCall.valueOf(upper(call)),
                r.get(PaymentTables.Payments.INTENT_ID), r.get(PaymentTables.Payments.CLIENT_SECRET), toCheckout(r),
                new Refunds(Currency.getInstance(r.get(PaymentTables.Payments.CURRENCY)), refunds),
                r.get(PaymentTables.Payments.CREATED_AT), r.get(PaymentTables.Payments.UPDATED_AT),
                r.get(PaymentTables.Payments.VERSION));
    }

    private static CheckoutSession toCheckout(Record r) {
        String id = r.get(PaymentTables.Payments.CHECKOUT_SESSION_ID);
        return id == null ? null : new CheckoutSession(id, r.get(PaymentTables.Payments.CHECKOUT_URL),
                r.get(PaymentTables.Payments.CHECKOUT_EXPIRES_AT));
    }

    private static Stage toStage(Record r, Money captured) {
        String code = r.get(PaymentTables.Payments.FAILURE_CODE);
        Stage.Failed failure = code == null ? null : new Stage.Failed(code, r.get(PaymentTables.Payments.FAILURE_MESSAGE));
        return switch (r.get(PaymentTables.Payments.STAGE)) {
            case PENDING -> new Stage.Pending();
            case AUTHORIZED -> new Stage.Authorized();
            case CAPTURED -> new Stage.Captured(captured, r.get(PaymentTables.Payments.CAPTURED_AT),
                    r.get(PaymentTables.Payments.RELEASED));
            case "cancelled" -> new Stage.Cancelled(failure);
            case "failed" -> failure;
            default -> throw new IllegalStateException("unknown payment stage " + r.get(PaymentTables.Payments.STAGE));
        };
    }

    static Refund toRefund(Record r) {
        String by = r.get(PaymentTables.Refunds.REQUESTED_BY);
        return new Refund(new RefundId(r.get(PaymentTables.Refunds.ID)),
                Money.ofMinor(r.get(PaymentTables.Refunds.AMOUNT_MINOR), r.get(PaymentTables.Refunds.CURRENCY)),
                r.get(PaymentTables.Refunds.REASON), RefundStatus.valueOf(upper(r.get(PaymentTables.Refunds.STATUS))),
                r.get(PaymentTables.Refunds.GATEWAY_REFUND_ID), by == null ? null : new UserId(by),
                r.get(PaymentTables.Refunds.CREATED_AT), r.get(PaymentTables.Refunds.SETTLED_AT));
    }
}
