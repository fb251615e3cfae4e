package dev.callout.bootstrap;

import dev.callout.application.idempotency.IdempotentRequestsService;
import dev.callout.application.idempotency.IdempotentRequestsUseCase;
import dev.callout.application.payment.ConfirmCashUseCase;
import dev.callout.application.payment.CreatePaymentService;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.payment.GetEarningsUseCase;
import dev.callout.application.payment.GetPaymentUseCase;
import dev.callout.application.payment.HandleGatewayEventService;
import dev.callout.application.payment.HandleGatewayEventUseCase;
import dev.callout.application.payment.ListPaymentsUseCase;
import dev.callout.application.payment.PaymentCommandsService;
import dev.callout.application.payment.PaymentQueriesService;
import dev.callout.application.payment.PaymentsOnJobEvents;
import dev.callout.application.payment.QuoteFeeService;
import dev.callout.application.payment.QuoteFeeUseCase;
import dev.callout.application.payment.RefundPaymentService;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.payment.ReconcilePaymentUseCase;
import dev.callout.application.payment.ReleasePaymentUseCase;
import dev.callout.application.payment.SettleGatewayCallsService;
import dev.callout.application.payment.SettleGatewayCallsUseCase;
import dev.callout.application.port.Categories;
import dev.callout.application.port.GatewayEvents;
import dev.callout.application.port.IdempotencyKeys;
import dev.callout.application.port.IdempotencySteps;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.payment.OfflinePaymentGateway;
import dev.callout.payment.StripePaymentGateway;
import dev.callout.payment.StripeWebhooks;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments: the gateway chosen by configuration (Stripe with a secret key, else the offline
 * gateway), Stripe's webhook verification, the use cases, the job-event handler that captures or
 * releases holds, the payment.updated codec, and idempotency keys for money-moving writes.
 */
@Factory
class PaymentUseCases {

    private static final Logger LOG = LoggerFactory.getLogger("callout.payments");

    @Singleton
    PaymentGateway paymentGateway(StripeSettings stripe, PaymentSettings payments, Clock clock, Payments stored) {
        if (!stripe.online()) {
            LOG.info("No Stripe key (CALLOUT_STRIPE_SECRET_KEY): payments use the offline gateway, no money moves");
            return new OfflinePaymentGateway(payments.checkoutPages(), stripe.effectiveWebhookSecret(), clock, stored);
        }
        if (payments.isHostedCheckout() && payments.getCheckoutSuccessUrl() == null) {
            throw new IllegalStateException("callout.payments.checkout-success-url (CALLOUT_PAYMENTS_CHECKOUT_SUCCESS_URL) is "
                    + "required with callout.payments.hosted-checkout and a Stripe key: Stripe Checkout returns the customer there");
        }
        return new StripePaymentGateway(stripe.getSecretKey(), stripe.getApiBase(), stripe.getRateLimitAttempts(),
                stripe.getRateLimitBackoff(), payments.checkoutPages());
    }

    @Singleton
    GatewayEvents gatewayEvents(StripeSettings stripe, Clock clock) {
        return new StripeWebhooks(stripe.effectiveWebhookSecret(), clock);
    }

    @Singleton
    CreatePaymentUseCase createPayment(Jobs jobs, Payments payments, Ledger ledger, PayoutAccounts payoutAccounts,
                                       PaymentGateway gateway, Outbox outbox, Transactions transactions, Clock clock,
                                       IdGenerator ids, PaymentSettings settings) {
        return new CreatePaymentService(jobs, payments, ledger, payoutAccounts, gateway, outbox, transactions, clock, ids,
                settings.holdWindow(), settings.isCardsAfterCompletion(), settings.isCardsHeldFromPosting(),
                settings.isHostedCheckout());
    }

    @Singleton
    PaymentCommandsService paymentCommands(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                           Transactions transactions, Clock clock) {
        return new PaymentCommandsService(payments, ledger, gateway, outbox, transactions, clock);
    }

    @Singleton
    ReleasePaymentUseCase releasePayment(PaymentCommandsService commands) {
        return commands;
    }

    @Singleton
    ConfirmCashUseCase confirmCash(PaymentCommandsService commands) {
        return commands;
    }

    @Singleton
    ReconcilePaymentUseCase reconcilePayment(PaymentCommandsService commands) {
        return commands;
    }

    @Singleton
    RefundPaymentUseCase refundPayment(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                       Transactions transactions, Clock clock, IdGenerator ids) {
        return new RefundPaymentService(payments, ledger, gateway, outbox, transactions, clock, ids);
    }

    @Singleton
    PaymentQueriesService paymentQueries(Payments payments, Ledger ledger, JobSettings jobs) {
        return new PaymentQueriesService(payments, ledger, jobs.isRefuseNonPartiesOpenly());
    }

    @Singleton
    GetPaymentUseCase getPayment(PaymentQueriesService queries) {
        return queries;
    }

    @Singleton
    ListPaymentsUseCase listPayments(PaymentQueriesService queries) {
        return queries;
    }

    @Singleton
    GetEarningsUseCase getEarnings(PaymentQueriesService queries) {
        return queries;
    }

    @Singleton
    QuoteFeeUseCase quoteFee(Categories categories, PaymentSettings settings) {
        return new QuoteFeeService(categories, settings.defaultFee());
    }

    @Singleton
    HandleGatewayEventUseCase handleGatewayEvent(GatewayEvents events, ProcessedWebhooks processed, Payments payments,
                                                 Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                                 Transactions transactions, Clock clock, IdGenerator ids) {
        return new HandleGatewayEventService(events, processed, payments, ledger, gateway, outbox, transactions, clock, ids);
    }

    @Singleton
    SettleGatewayCallsUseCase settleGatewayCalls(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                                 Transactions transactions, Clock clock) {
        return new SettleGatewayCallsService(payments, ledger, gateway, outbox, transactions, clock);
    }

    /** Served by the event relay: a completed job's hold is captured, a cancelled job's released. */
    @Singleton
    PaymentsOnJobEvents paymentsOnJobEvents(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                            Transactions transactions, Clock clock, PaymentSettings settings) {
        return new PaymentsOnJobEvents(payments, ledger, gateway, outbox, transactions, clock, settings.isCardsHeldFromPosting());
    }

    /** Production watches no steps; the crash tests replace this bean to halt the process at one. */
    @Singleton
    IdempotencySteps idempotencySteps() {
        return IdempotencySteps.NONE;
    }

    @Singleton
    IdempotentRequestsUseCase idempotentRequests(IdempotencyKeys keys, IdempotencySteps steps, Clock clock,
                                                 IdempotencySettings settings) {
        return new IdempotentRequestsService(keys, steps, clock, settings.getLease());
    }
}
