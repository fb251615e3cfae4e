package dev.callout.rest.payment;

import dev.callout.domain.payment.Payment;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Payment")
public record PaymentBody(
        String id, String jobId, String customerId, @Nullable String providerId,
        @Schema(allowableValues = {"card", "cash", "gcash", "maya"}) String method,
        @Schema(allowableValues = {"pending", "authorized", "captured", "completed", "partially_refunded", "refunded",
                "cancelled", "failed", "disputed"}) String status,
        MoneyBody amount, MoneyBody platformFee, MoneyBody providerNet, MoneyBody captured, MoneyBody refunded,
        MoneyBody refundable,
        @Schema(allowableValues = {"on_release", "immediate"},
                description = "on_release: held on the card until the work is done; immediate: charged now and held by the platform")
        String capture,
        @Nullable @Schema(description = "for the customer only: confirm the card with Stripe.js") String clientSecret,
        @Nullable @Schema(description = "for the customer only, with callout.payments.hosted-checkout: the gateway's hosted "
                + "page (Stripe Checkout) to pay the card on") String paymentUrl,
        @Nullable @Schema(description = "when the hosted page expires unpaid: the payment is then cancelled and the "
                + "customer may pay again") Instant paymentUrlExpiresAt,
        @Nullable @Schema(description = "the gateway's payment intent") String gatewayPaymentId,
        @Nullable String failureCode, @Nullable String failureMessage,
        List<RefundBody> refunds, Instant createdAt, @Nullable Instant paidAt, Instant updatedAt,
        @Schema(allowableValues = {"connected_account", "pending_payout"},
                description = "connected_account: the charge goes to the provider's Stripe account, platform_fee being "
                        + "the application fee; pending_payout: the provider's net accrues as their pending payout. "
                        + "Fixed when the payment is opened")
        String payoutRouting,
        @Nullable @Schema(description = "the connected account paid, for the provider and admins") String payoutAccount) {

    public static PaymentBody of(Payment p, Actor viewer) {
        boolean customer = viewer.id().equals(p.customerId());
        boolean payee = viewer.id().equals(p.providerId()) || viewer.is(Role.ADMIN);
        return new PaymentBody(p.id().value(), p.jobId().value(), p.customerId().value(),
                p.providerId() == null ? null : p.providerId().value(),
                p.method().wireName(), p.status().wireName(), MoneyBody.of(p.amount()), MoneyBody.of(p.split().fee()),
                MoneyBody.of(p.split().net()), MoneyBody.of(p.captured()), MoneyBody.of(p.refunded()),
                MoneyBody.of(p.refundable()),
                p.plan() == dev.callout.domain.payment.HoldPlan.AUTHORISE && p.method().equals(
                        dev.callout.domain.payment.PaymentMethod.CARD) ? "on_release" : "immediate",
                customer ? p.clientSecret() : null, customer && p.checkout() != null ? p.checkout().url() : null,
                p.checkout() == null ? null : p.checkout().expiresAt(), p.intentId(), p.failureCode(), p.failureMessage(),
                p.refunds().stream().map(RefundBody::of).toList(), p.createdAt(), p.capturedAt(), p.updatedAt(),
                p.payoutAccount() == null ? "pending_payout" : "connected_account", payee ? p.payoutAccount() : null);
    }
}
