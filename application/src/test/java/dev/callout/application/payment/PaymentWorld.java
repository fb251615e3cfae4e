package dev.callout.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.TestClock;
import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.inmemory.InMemoryGatewayEvents;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLedger;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryPayoutAccounts;
import dev.callout.application.inmemory.InMemoryProcessedWebhooks;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.AccountType;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;

/** The payment use cases over the in-memory adapters, with a gateway the test controls. */
final class PaymentWorld {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Actor CUSTOMER = Actor.customer(new UserId("usr_maria"));
    static final Actor OTHER_CUSTOMER = Actor.customer(new UserId("usr_juan"));
    static final Actor PROVIDER = Actor.provider(new UserId("usr_pedro"), Set.of("plumber"));
    static final Actor OTHER_PROVIDER = Actor.provider(new UserId("usr_ana"), Set.of("plumber"));
    static final Actor ADMIN = Actor.admin(new UserId("usr_ops"));

    final TestClock clock = new TestClock(T0);
    final TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(5));
    final InMemoryJobs jobs = new InMemoryJobs();
    final InMemoryPayments payments = new InMemoryPayments();
    final InMemoryLedger ledger = new InMemoryLedger();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryPayoutAccounts payoutAccounts = new InMemoryPayoutAccounts();
    final InMemoryProcessedWebhooks processed = new InMemoryProcessedWebhooks();
    final InMemoryGatewayEvents events = new InMemoryGatewayEvents();
    final InMemoryUsers users = new InMemoryUsers();
    final SimulatedPaymentGateway gateway;

    final CreatePaymentService create;
    final PaymentCommandsService commands;
    final RefundPaymentService refunds;
    final PaymentQueriesService queries;
    final HandleGatewayEventService webhooks;
    final SettleGatewayCallsService sweeper;
    final PaymentsOnJobEvents onJobEvents;
    final PayoutAccountService payouts;

    PaymentWorld(boolean customerConfirmsAtOnce) {
        this(customerConfirmsAtOnce, false);
    }

    /** {@code cardsHeldFromPosting}: the policy that holds a card before anyone takes the job. */
    PaymentWorld(boolean customerConfirmsAtOnce, boolean cardsHeldFromPosting) {
        this(customerConfirmsAtOnce, cardsHeldFromPosting, false, false);
    }

    /** {@code hostedCheckout}: cards are paid on the gateway's hosted page; {@code cardsAfterCompletion}: for completed jobs only. */
    PaymentWorld(boolean customerConfirmsAtOnce, boolean cardsHeldFromPosting, boolean hostedCheckout, boolean cardsAfterCompletion) {
        gateway = new SimulatedPaymentGateway(Set.of(PaymentMethod.CARD), customerConfirmsAtOnce, "test");
        create = new CreatePaymentService(jobs, payments, ledger, payoutAccounts, gateway, outbox, transactions, clock, ids,
                HoldWindow.STRIPE, cardsAfterCompletion, cardsHeldFromPosting, hostedCheckout);
        commands = new PaymentCommandsService(payments, ledger, gateway, outbox, transactions, clock);
        refunds = new RefundPaymentService(payments, ledger, gateway, outbox, transactions, clock, ids);
        queries = new PaymentQueriesService(payments, ledger);
        webhooks = new HandleGatewayEventService(events, processed, payments, ledger, gateway, outbox, transactions, clock, ids);
        sweeper = new SettleGatewayCallsService(payments, ledger, gateway, outbox, transactions, clock);
        onJobEvents = new PaymentsOnJobEvents(payments, ledger, gateway, outbox, transactions, clock, cardsHeldFromPosting);
        payouts = new PayoutAccountService(payoutAccounts, users, gateway, transactions, clock);
    }

    /** A plumber job for PHP 950.50 (7.5% fee: 71.29) in the given status. */
    Job job(JobStatus status) {
        Job accepted = ContractFixtures.accepted(CUSTOMER.id(), PROVIDER.id(), "plumber", T0.minusSeconds(600));
        Job job = switch (status) {
            case REQUESTED -> ContractFixtures.requested(CUSTOMER.id(), "plumber", T0.minusSeconds(600));
            case ACCEPTED -> accepted;
            case IN_PROGRESS, COMPLETED -> Job.builder(accepted.id(), accepted.customerId(), accepted.details(), accepted.price())
                    .providerId(accepted.providerId()).status(status).createdAt(accepted.createdAt())
                    .acceptedAt(accepted.acceptedAt()).startedAt(T0.minusSeconds(300))
                    .completedAt(status == JobStatus.COMPLETED ? T0.minusSeconds(60) : null)
                    .updatedAt(T0.minusSeconds(60)).build();
            default -> throw new IllegalArgumentException(status.name());
        };
        jobs.add(job);
        return jobs.byId(job.id()).orElseThrow();
    }

    Payment ok(PaymentResult result) {
        assertThat(result).isInstanceOf(PaymentResult.Ok.class);
        return ((PaymentResult.Ok) result).payment();
    }

    long balance(LedgerAccount account) {
        return ledger.balances(account).stream().mapToLong(Money::minor).sum();
    }

    long jobSum(Job job) {
        return ledger.forJob(job.id()).stream().mapToLong(e -> e.amount().minor()).sum();
    }

    long providerEarned(UserId provider) {
        return ledger.earnings(provider, null, null).stream().mapToLong(s -> s.totalEarned().minor()).sum();
    }

    long entries(AccountType type) {
        return ledger.all().stream().map(LedgerEntry::account).filter(a -> a.type() == type).count();
    }
}
