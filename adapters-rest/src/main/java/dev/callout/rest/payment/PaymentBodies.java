package dev.callout.rest.payment;

import dev.callout.application.payment.ListPaymentsUseCase.Totals;
import dev.callout.application.port.Ledger.EarningsSummary;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.payment.EntryKind;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.rest.body.MoneyBody;
import dev.callout.rest.body.PageBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The payments API's request and response bodies. */
public final class PaymentBodies {

    private PaymentBodies() {
    }

    /** As BlueWork sends it; amounts are decimal strings or numbers, never read as floats. */
    @Serdeable
    @Schema(name = "PaymentRequest")
    public record CreatePaymentBody(
            @NotBlank @Size(max = 64) @Schema(example = "job_01JNX4Q2V3M6YB8Z0N1R2S3T4U") String jobId,
            @NotBlank @Schema(allowableValues = {"card", "cash", "gcash", "maya"}) String method,
            @Nullable @Schema(description = "optional: when given, must be the job's price", example = "850.00") BigDecimal amount,
            @Nullable @Size(min = 3, max = 3) @Schema(example = "PHP") String currency) {
    }

    @Serdeable
    @Schema(name = "RefundRequest")
    record RefundRequestBody(
            @Nullable @Schema(description = "in the payment's currency; leave out to refund everything still refundable",
                    example = "300.00") BigDecimal amount,
            @NotBlank @Size(max = Refund.MAX_REASON_LENGTH) @Schema(example = "Worker did not complete the job.") String reason) {
    }

    @Serdeable
    @Schema(name = "FeeQuoteRequest")
    record FeeQuoteRequestBody(@NotNull @Schema(example = "1500.00") BigDecimal amount,
                               @Nullable @Size(min = 3, max = 3) @Schema(example = "THB") String currency,
                               @Nullable @Size(max = 64) @Schema(description = "use this category's fee rate and currency",
                                       example = "moving_help") String category) {
    }

    @Serdeable
    @Schema(name = "FeeQuote")
    record FeeQuoteBody(MoneyBody amount, @Schema(example = "0.05") String feeRate, MoneyBody fee, MoneyBody net) {
        static FeeQuoteBody of(FeeRate rate, FeeSplit split) {
            return new FeeQuoteBody(MoneyBody.of(split.amount()), rate.fraction().toPlainString(), MoneyBody.of(split.fee()),
                    MoneyBody.of(split.net()));
        }
    }

    @Serdeable
    @Schema(name = "Refund")
    record RefundBody(String id, MoneyBody amount, @Schema(allowableValues = {"pending", "succeeded", "failed"}) String status,
                      @Nullable String reason, @Nullable String gatewayRefundId, @Nullable String requestedBy,
                      Instant createdAt, @Nullable Instant settledAt) {
        static RefundBody of(Refund refund) {
            return new RefundBody(refund.id().value(), MoneyBody.of(refund.amount()), refund.status().wireName(), refund.reason(),
                    refund.gatewayRefundId(), refund.requestedBy() == null ? null : refund.requestedBy().value(),
                    refund.createdAt(), refund.settledAt());
        }
    }

    @Serdeable
    @Schema(name = "Payment")
    public record PaymentBody(
            String id, String jobId, String customerId, String providerId,
            @Schema(allowableValues = {"card", "cash", "gcash", "maya"}) String method,
            @Schema(allowableValues = {"pending", "authorized", "captured", "completed", "partially_refunded", "refunded",
                    "cancelled", "failed", "disputed"}) String status,
            MoneyBody amount, MoneyBody platformFee, MoneyBody providerNet, MoneyBody captured, MoneyBody refunded,
            MoneyBody refundable,
            @Schema(allowableValues = {"on_release", "immediate"},
                    description = "on_release: held on the card until the work is done; immediate: charged now and held by the platform")
            String capture,
            @Nullable @Schema(description = "for the customer only: confirm the card with Stripe.js") String clientSecret,
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
            return new PaymentBody(p.id().value(), p.jobId().value(), p.customerId().value(), p.providerId().value(),
                    p.method().wireName(), p.status().wireName(), MoneyBody.of(p.amount()), MoneyBody.of(p.split().fee()),
                    MoneyBody.of(p.split().net()), MoneyBody.of(p.captured()), MoneyBody.of(p.refunded()),
                    MoneyBody.of(p.refundable()),
                    p.plan() == dev.callout.domain.payment.HoldPlan.AUTHORISE && p.method().equals(
                            dev.callout.domain.payment.PaymentMethod.CARD) ? "on_release" : "immediate",
                    customer ? p.clientSecret() : null, p.intentId(), p.failureCode(), p.failureMessage(),
                    p.refunds().stream().map(RefundBody::of).toList(), p.createdAt(), p.capturedAt(), p.updatedAt(),
                    p.payoutAccount() == null ? "pending_payout" : "connected_account", payee ? p.payoutAccount() : null);
        }
    }

    @Serdeable
    @Schema(name = "PaymentTotals")
    record TotalsBody(String currency, @Schema(description = "paid as a customer, net of refunds") MoneyBody paid,
                      @Schema(description = "earned as a provider net of reversals; for admins the platform's fees") MoneyBody received) {
        static TotalsBody of(Totals totals) {
            return new TotalsBody(totals.paid().currency().getCurrencyCode(), MoneyBody.of(totals.paid()),
                    MoneyBody.of(totals.received()));
        }
    }

    @Serdeable
    @Schema(name = "PaymentHistory")
    record PaymentHistoryBody(List<PaymentBody> data, PageBody.Meta meta, List<TotalsBody> totals) {
    }

    @Serdeable
    @Schema(name = "EarningsSummary")
    record EarningsSummaryBody(String currency, MoneyBody totalEarned,
                               @Schema(description = "owed to the provider now; negative when they owe fees on cash") MoneyBody pendingPayout) {
        static EarningsSummaryBody of(EarningsSummary summary) {
            return new EarningsSummaryBody(summary.totalEarned().currency().getCurrencyCode(),
                    MoneyBody.of(summary.totalEarned()), MoneyBody.of(summary.pendingPayout()));
        }
    }

    @Serdeable
    @Schema(name = "EarningEntry")
    record EarningEntryBody(String jobId, String paymentId, @Schema(allowableValues = {"earning", "reversal"}) String type,
                            MoneyBody amount, String method, Instant paidAt) {
        static EarningEntryBody of(LedgerEntry entry) {
            return new EarningEntryBody(entry.jobId().value(), entry.paymentId().value(),
                    entry.kind() == EntryKind.PROVIDER_EARNING ? "earning" : "reversal", MoneyBody.of(entry.amount()),
                    entry.method().wireName(), entry.at());
        }
    }

    @Serdeable
    @Schema(name = "Earnings")
    record EarningsBody(List<EarningsSummaryBody> summary, List<EarningEntryBody> data, PageBody.Meta meta) {
    }

    @Serdeable
    @Schema(name = "WebhookReceipt")
    public record WebhookReceiptBody(boolean received, @Schema(allowableValues = {"applied", "duplicate", "ignored"}) String outcome,
                              @Schema(description = "why an ignored event had no effect", nullable = true) String reason) {
    }
}
