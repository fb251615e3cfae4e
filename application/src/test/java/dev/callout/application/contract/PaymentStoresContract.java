package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.payment.PaymentQuery;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Payments;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.job.Job;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.EntryKind;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.payment.RefundId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the payment stores (payments with refunds, the ledger, handled webhooks, payout accounts) must do. */
public abstract class PaymentStoresContract {

    protected abstract Users users();

    protected abstract Jobs jobs();

    protected abstract Payments payments();

    protected abstract Ledger ledger();

    protected abstract ProcessedWebhooks processedWebhooks();

    protected abstract PayoutAccounts payoutAccounts();

    protected abstract Transactions transactions();

    protected void emptyStores() {
    }

    private User customer;
    private User provider;
    private Actor customerActor;

    @BeforeEach
    void seedParties() {
        emptyStores();
        customer = customer();
        provider = provider(Set.of("plumber"));
        users().add(customer);
        users().add(provider);
        customerActor = customer.asActor();
    }

    private Job storedJob(Instant createdAt) {
        Job job = accepted(customer.id(), provider.id(), "plumber", createdAt);
        jobs().add(job);
        return job;
    }

    private static Payment changed(PaymentOutcome outcome) {
        assertThat(outcome).isInstanceOf(PaymentOutcome.Changed.class);
        return ((PaymentOutcome.Changed) outcome).payment();
    }

    private Payment opened(Job job, Instant at) {
        return changed(Payment.open(new PaymentId("pay_" + unique()), job, customerActor, PaymentMethod.CARD, null, "acct_x",
                HoldWindow.STRIPE, false, at));
    }

    private Payment stored(PaymentId id) {
        return payments().byId(id).orElseThrow();
    }

    @Test
    void aCardHeldAtPostingHasNoProviderUntilOneIsAssignedAndIsListedForThemOnly() {
        Job posted = requested(customer.id(), "plumber", T0);
        jobs().add(posted);
        Payment held = changed(Payment.openAtPosting(new PaymentId("pay_" + unique()), posted, customerActor, null,
                HoldWindow.STRIPE, T0));
        assertThat(payments().add(held)).isEqualTo(Payments.AddResult.ADDED);
        assertThat(stored(held.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(held);
        assertThat(stored(held.id()).providerId()).isNull();
        PaymentQuery providers = new PaymentQuery(new PaymentQuery.Scope.OfParty(provider.id()), new PageRequest(1, 10));
        assertThat(payments().list(providers).items()).isEmpty();

        Payment assigned = changed(stored(held.id()).assign(provider.id(), at(5)));
        assertThat(payments().update(assigned)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(stored(held.id()).providerId()).isEqualTo(provider.id());
        assertThat(payments().list(providers).items()).extracting(Payment::id).containsExactly(held.id());

        Payment withdrawn = changed(stored(held.id()).assign(null, at(6)));
        assertThat(payments().update(withdrawn)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(stored(held.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(withdrawn);
        assertThat(payments().list(providers).items()).isEmpty();

        Payment retaken = changed(stored(held.id()).assign(provider.id(), at(7)));
        Payment captured = changed(retaken.observe(new IntentSnapshot("pi_" + unique(), "secret_1", IntentStatus.SUCCEEDED,
                php(95_050)), dev.callout.domain.payment.GatewayCall.CREATE, at(8)));
        Payment released = changed(captured.release(customerActor, at(9)));
        assertThat(payments().update(released)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(stored(held.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(released);
        assertThat(stored(held.id()).customerReleased()).isTrue();
    }

    @Test
    void aPaymentWithItsRefundsReadsBackAsWritten() {
        Payment payment = opened(storedJob(T0), T0);
        assertThat(payments().add(payment)).isEqualTo(Payments.AddResult.ADDED);
        assertThat(stored(payment.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(payment);

        Payment captured = changed(stored(payment.id()).observe(new IntentSnapshot("pi_" + unique(), "secret_1",
                IntentStatus.SUCCEEDED, php(95_050)), dev.callout.domain.payment.GatewayCall.CREATE, at(10)));
        assertThat(payments().update(captured)).isEqualTo(Payments.UpdateResult.UPDATED);
        Payment refunded = changed(stored(payment.id()).refund(new RefundId("ref_" + unique()), php(1_000), "leak came back",
                admin().asActor(), at(20)));
        refunded = changed(refunded.refundAnswered(refunded.refunds().getFirst().id(), "re_1",
                dev.callout.domain.payment.RefundStatus.SUCCEEDED, at(21)));
        Payment twice = changed(refunded.refund(new RefundId("ref_" + unique()), php(2_000), "and again", admin().asActor(), at(30)));
        assertThat(payments().update(twice)).isEqualTo(Payments.UpdateResult.UPDATED);

        Payment read = stored(payment.id());
        assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(twice);
        assertThat(read.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(read.refunds()).hasSize(2);
        assertThat(payments().byIntentId(read.intentId())).contains(read);
    }

    @Test
    void aJobHasOneLivePaymentAtATime() {
        Job job = storedJob(T0);
        Payment first = opened(job, T0);
        payments().add(first);

        assertThat(payments().add(opened(job, at(1)))).isEqualTo(Payments.AddResult.JOB_ALREADY_HAS_PAYMENT);
        assertThat(payments().liveForJob(job.id()).map(Payment::id)).contains(first.id());

        Payment cancelled = changed(stored(first.id()).cancel(at(2)));
        cancelled = changed(cancelled.observe(new IntentSnapshot("pi_" + unique(), null, IntentStatus.CANCELED, php(0)), null, at(3)));
        assertThat(payments().update(cancelled)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(payments().liveForJob(job.id())).isEmpty();

        Payment second = opened(job, at(4));
        assertThat(payments().add(second)).isEqualTo(Payments.AddResult.ADDED);
        assertThat(payments().liveForJob(job.id()).map(Payment::id)).contains(second.id());
    }

    @Test
    void aHostedPageIsAskedForKeptWithThePaymentAndItsExpiryFreesTheJob() {
        Job job = storedJob(T0);
        Payment onPage = changed(Payment.openOnHostedPage(new PaymentId("pay_" + unique()), job, customerActor, null, null,
                HoldWindow.STRIPE, false, T0));
        assertThat(payments().add(onPage)).isEqualTo(Payments.AddResult.ADDED);
        assertThat(stored(onPage.id()).pendingCall()).isEqualTo(dev.callout.domain.payment.GatewayCall.CHECKOUT);
        assertThat(payments().awaitingGateway(at(60), 10)).contains(onPage.id());

        CheckoutSession session = new CheckoutSession("cs_" + unique(), "https://checkout.stripe.com/c/pay/cs_1", at(3_600));
        Payment opened = changed(stored(onPage.id()).checkoutOpened(session, at(1)));
        assertThat(payments().update(opened)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(stored(onPage.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(opened);
        assertThat(stored(onPage.id()).checkout()).isEqualTo(session);
        assertThat(payments().awaitingGateway(at(60), 10)).doesNotContain(onPage.id());

        Payment expired = changed(stored(onPage.id()).checkoutExpired(session.id(), at(3_600)));
        assertThat(payments().update(expired)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(stored(onPage.id()).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(stored(onPage.id()).failureCode()).isEqualTo("checkout_expired");
        assertThat(payments().liveForJob(job.id())).isEmpty();
        assertThat(payments().add(opened(job, at(3_601)))).isEqualTo(Payments.AddResult.ADDED);
    }

    @Test
    void aPageIsFoundByItsSessionAndAJobGoneWhileItIsOpenAsksForItsExpiry() {
        Job job = storedJob(T0);
        Payment onPage = changed(Payment.openOnHostedPage(new PaymentId("pay_" + unique()), job, customerActor, null, null,
                HoldWindow.STRIPE, false, T0));
        payments().add(onPage);
        CheckoutSession session = new CheckoutSession("cs_" + unique(), "/offline-checkout/cs_1", at(3_600));
        payments().update(changed(stored(onPage.id()).checkoutOpened(session, at(1))));
        assertThat(payments().byCheckoutSession(session.id()).map(Payment::id)).contains(onPage.id());
        assertThat(payments().byCheckoutSession("cs_" + unique())).isEmpty();

        Payment gone = changed(stored(onPage.id()).cancel(at(2)));
        assertThat(gone.pendingCall()).isEqualTo(dev.callout.domain.payment.GatewayCall.EXPIRE);
        assertThat(payments().update(gone)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(stored(onPage.id()).pendingCall()).isEqualTo(dev.callout.domain.payment.GatewayCall.EXPIRE);
        assertThat(payments().awaitingGateway(at(60), 10)).contains(onPage.id());

        payments().update(changed(stored(onPage.id()).checkoutExpired(session.id(), at(3))));
        Payment expired = payments().byCheckoutSession(session.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(expired.failureCode()).isNull();
        assertThat(expired.pendingCall()).isNull();
    }

    @Test
    void anUpdateFromAStaleReadIsRefused() {
        Payment payment = opened(storedJob(T0), T0);
        payments().add(payment);
        Payment read = stored(payment.id());
        Payment first = changed(read.release(null, at(1)));
        Payment second = changed(read.cancel(at(1)));

        assertThat(payments().update(first)).isEqualTo(Payments.UpdateResult.UPDATED);
        assertThat(payments().update(second)).isEqualTo(Payments.UpdateResult.STALE);
        assertThat(stored(payment.id()).releaseRequested()).isTrue();
        assertThat(stored(payment.id()).cancelRequested()).isFalse();
        assertThat(stored(payment.id()).version()).isEqualTo(read.version() + 1);
    }

    @Test
    void listsAreScopedAndNewestFirstAndAwaitingGatewayFindsUnfinishedCalls() {
        List<PaymentId> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Payment payment = opened(storedJob(at(i)), at(i));
            payments().add(payment);
            ids.add(payment.id());
        }
        var page = payments().list(new PaymentQuery(new PaymentQuery.Scope.OfCustomer(customer.id()), new PageRequest(1, 2)));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Payment::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(payments().list(new PaymentQuery(new PaymentQuery.Scope.OfParty(provider.id()), new PageRequest(2, 2)))
                .items()).extracting(Payment::id).containsExactly(ids.get(0));
        assertThat(payments().list(new PaymentQuery(new PaymentQuery.Scope.OfParty(customer.id()), new PageRequest(1, 5)))
                .items()).as("a party on either side").extracting(Payment::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(payments().list(new PaymentQuery(new PaymentQuery.Scope.OfCustomer(admin().id()), new PageRequest(1, 2)))
                .total()).isZero();

        assertThat(payments().awaitingGateway(at(2), 10)).containsExactly(ids.get(0), ids.get(1));
        Payment answered = changed(stored(ids.get(0)).observe(new IntentSnapshot("pi_" + unique(), "s", IntentStatus.REQUIRES_CAPTURE,
                php(0)), dev.callout.domain.payment.GatewayCall.CREATE, at(1)));
        payments().update(answered);
        assertThat(payments().awaitingGateway(at(2), 10)).containsExactly(ids.get(1));
    }

    @Test
    public void theLedgerKeepsEntriesAndAnswersBalancesAndEarnings() {
        Job job = storedJob(T0);
        Payment payment = opened(job, T0);
        payments().add(payment);
        LedgerAccount holding = LedgerAccount.HOLDING;
        LedgerAccount earner = LedgerAccount.provider(provider.id());
        List<LedgerEntry> charge = LedgerEntry.move(payment, EntryKind.CHARGE, LedgerAccount.customer(customer.id()), holding,
                php(10_000), at(1));
        List<LedgerEntry> earning = LedgerEntry.move(payment, EntryKind.PROVIDER_EARNING, holding, earner, php(9_500), at(2));
        List<LedgerEntry> fee = LedgerEntry.move(payment, EntryKind.PLATFORM_FEE, holding, LedgerAccount.REVENUE, php(500), at(2));
        List<LedgerEntry> reversal = LedgerEntry.move(payment, EntryKind.EARNING_REVERSAL, earner, holding, php(1_000), at(100));
        List<LedgerEntry> yen = LedgerEntry.move(payment, EntryKind.PROVIDER_EARNING, holding, earner, Money.ofMinor(700, "JPY"), at(3));
        ledger().record(charge);
        ledger().record(earning);
        ledger().record(fee);
        ledger().record(reversal);
        ledger().record(yen);

        assertThat(ledger().forJob(job.id())).hasSize(10);
        assertThat(ledger().forJob(job.id()).getFirst()).isEqualTo(charge.getFirst());
        assertThat(ledger().balances(LedgerAccount.customer(customer.id()))).containsExactly(php(-10_000));
        assertThat(ledger().balances(LedgerAccount.REVENUE)).containsExactly(php(500));
        assertThat(ledger().balances(earner)).containsExactlyInAnyOrder(php(8_500), Money.ofMinor(700, "JPY"));

        assertThat(ledger().earnings(provider.id(), null, null)).containsExactlyInAnyOrder(
                new Ledger.EarningsSummary(php(8_500), php(8_500)),
                new Ledger.EarningsSummary(Money.ofMinor(700, "JPY"), Money.ofMinor(700, "JPY")));
        assertThat(ledger().earnings(provider.id(), at(0), at(50))).contains(new Ledger.EarningsSummary(php(9_500), php(8_500)));

        var entries = ledger().earningEntries(provider.id(), null, null, new PageRequest(1, 2));
        assertThat(entries.total()).isEqualTo(3);
        assertThat(entries.items()).extracting(LedgerEntry::amount).containsExactly(Money.ofMinor(700, "JPY"), php(-1_000));
        assertThat(ledger().earningEntries(provider.id(), at(2), at(3), new PageRequest(1, 10)).items())
                .extracting(LedgerEntry::kind).containsExactly(EntryKind.PROVIDER_EARNING);
        assertThat(ledger().earnings(customer.id(), null, null)).isEmpty();
    }

    @Test
    void aWebhookEventIsProcessedOnceEvenWhenDeliveredConcurrently() throws Exception {
        String eventId = "evt_" + unique();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> marks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                marks.add(pool.submit(() -> {
                    start.await();
                    return transactions().inTransaction(() -> processedWebhooks().markProcessed(eventId, "charge.refunded", null, T0));
                }));
            }
            start.countDown();
            int firsts = 0;
            for (Future<Boolean> mark : marks) {
                firsts += mark.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(firsts).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(processedWebhooks().markProcessed(eventId, "charge.refunded", null, at(5))).isFalse();
        String ignored = "evt_" + unique();
        assertThat(processedWebhooks().isProcessed(ignored)).isFalse();
        assertThat(processedWebhooks().markProcessed(ignored, "customer.created", "not acted on", at(5))).isTrue();
        assertThat(processedWebhooks().isProcessed(ignored)).isTrue();
        assertThat(processedWebhooks().isProcessed(eventId)).isTrue();
    }

    @Test
    void aProviderHasAtMostOnePayoutAccountAndRelinkingKeepsWhenTheFirstWasLinked() {
        assertThat(payoutAccounts().find(provider.id())).isEmpty();
        payoutAccounts().save(new PayoutAccount(provider.id(), "acct_1", at(1), at(1)));
        payoutAccounts().save(new PayoutAccount(provider.id(), "acct_2", at(5), at(5)));

        assertThat(payoutAccounts().find(provider.id())).contains(new PayoutAccount(provider.id(), "acct_2", at(1), at(5)));
        assertThat(payoutAccounts().accountOf(provider.id())).contains("acct_2");
        assertThat(payoutAccounts().find(customer.id())).isEmpty();
    }

    @Test
    void anUnlinkedProviderHasNoPayoutAccountAndCanLinkAgain() {
        User other = provider(Set.of("plumber"));
        users().add(other);
        payoutAccounts().save(new PayoutAccount(provider.id(), "acct_mine", at(1), at(1)));
        payoutAccounts().save(new PayoutAccount(other.id(), "acct_theirs", at(2), at(2)));

        assertThat(payoutAccounts().remove(provider.id())).isTrue();
        assertThat(payoutAccounts().remove(provider.id())).isFalse();
        assertThat(payoutAccounts().find(provider.id())).isEmpty();
        assertThat(payoutAccounts().accountOf(other.id())).as("only the provider's own account goes").contains("acct_theirs");

        payoutAccounts().save(new PayoutAccount(provider.id(), "acct_again", at(9), at(9)));
        assertThat(payoutAccounts().find(provider.id())).contains(new PayoutAccount(provider.id(), "acct_again", at(9), at(9)));
    }
}
