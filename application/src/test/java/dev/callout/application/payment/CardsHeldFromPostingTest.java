package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentRejection;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code callout.payments.cards-held-from-posting}: the card is held as the job is posted, for whoever takes it. */
class CardsHeldFromPostingTest {

    private static final Place PLACE = new Place(new GeoPoint(14.5547, 121.0244), "Ayala Avenue");

    private final PaymentWorld world = new PaymentWorld(true, true);

    /** Posts a requested job through the policy, as the posting use cases are wrapped with it. */
    private Job posted() {
        PostJobUseCase stored = (command, onCommit) -> new JobResult.Ok(world.job(JobStatus.REQUESTED));
        JobResult result = CardsHeldAtPosting.posting(stored, world.create).post(new PostJobUseCase.PostJobCommand(CUSTOMER,
                new JobRequest("plumber", "a leak", PLACE, null, Urgency.IMMEDIATE, null, null)));
        return ((JobResult.Ok) result).job();
    }

    private Payment paymentOf(Job job) {
        return world.payments.liveForJob(job.id()).orElseThrow();
    }

    private PaymentResult pay(Job job, String amount) {
        return world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD,
                amount == null ? null : new MoneyInput(new BigDecimal(amount), null)));
    }

    private static JobEvent moved(Job job, UserId provider, JobStatus from, JobStatus to, Role by) {
        return new JobEvent.JobStatusChanged(job.id(), job.customerId(), provider, from, to, by, null, T0);
    }

    @Test
    void theCardIsHeldAtPostingFollowsWhoeverTakesTheJobAndIsCapturedForTheOneWhoDidTheWork() {
        Job job = posted();
        Payment held = paymentOf(job);
        assertThat(held.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(held.providerId()).isNull();
        assertThat(held.clientSecret()).startsWith(held.intentId() + "_secret_");
        assertThat(world.gateway.destinationOf(held.intentId())).isNull();
        assertThat(pay(job, "950.50")).as("asked again: it has its payment")
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.ALREADY_PAID));
        assertThat(pay(job, "900")).isEqualTo(new PaymentResult.Refused(PaymentRejection.AMOUNT_MISMATCH));

        world.onJobEvents.handle(new JobEvent.JobAccepted(job.id(), CUSTOMER.id(), PROVIDER.id(), T0));
        assertThat(paymentOf(job).providerId()).isEqualTo(PROVIDER.id());
        assertThat(world.queries.list(PROVIDER, new PageRequest(1, 10)).payments().items()).extracting(Payment::id)
                .containsExactly(held.id());
        world.onJobEvents.handle(new JobEvent.ProviderWithdrew(job.id(), CUSTOMER.id(), PROVIDER.id(), "sick", T0));
        assertThat(paymentOf(job)).as("the hold waits for the next provider").satisfies(waiting -> {
            assertThat(waiting.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(waiting.providerId()).isNull();
        });
        assertThat(world.queries.list(PROVIDER, new PageRequest(1, 10)).payments().items()).isEmpty();

        world.onJobEvents.handle(new JobEvent.JobAccepted(job.id(), CUSTOMER.id(), OTHER_PROVIDER.id(), T0));
        world.onJobEvents.handle(moved(job, OTHER_PROVIDER.id(), JobStatus.IN_PROGRESS, JobStatus.COMPLETED, Role.PROVIDER));

        Payment done = world.payments.byId(held.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(done.providerId()).isEqualTo(OTHER_PROVIDER.id());
        assertThat(world.balance(LedgerAccount.provider(OTHER_PROVIDER.id()))).isEqualTo(87_921);
        assertThat(world.balance(LedgerAccount.provider(PROVIDER.id()))).isZero();
        assertThat(world.jobSum(job)).isZero();
        assertThat(world.gateway.calls()).extracting(call -> call.operation()).containsExactly("create", "capture");
        assertThat(world.onJobEvents.handles(JobEvent.ACCEPTED)).isTrue();
    }

    @Test
    void aJobCancelledOrExpiredBeforeAnyoneTookItReleasesItsHold() {
        Job cancelled = posted();
        Payment first = paymentOf(cancelled);
        world.onJobEvents.handle(moved(cancelled, null, JobStatus.REQUESTED, JobStatus.CANCELLED, Role.CUSTOMER));
        assertThat(world.payments.byId(first.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);

        Job expired = posted();
        Payment second = paymentOf(expired);
        world.onJobEvents.handle(moved(expired, null, JobStatus.REQUESTED, JobStatus.NO_PROVIDER_FOUND, null));
        assertThat(world.payments.byId(second.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);

        assertThat(world.gateway.calls()).filteredOn(call -> call.operation().equals("cancel"))
                .extracting(call -> call.intentId()).containsExactly(first.intentId(), second.intentId());
        assertThat(world.ledger.all()).as("no money moved").isEmpty();
    }

    @Test
    void aWithdrawalReleasesAHoldThatGoesToTheConnectedAccountOfTheProviderWhoWithdrew() {
        world.payoutAccounts.save(new PayoutAccount(PROVIDER.id(), "acct_pedro", T0, T0));
        Job job = world.job(JobStatus.ACCEPTED);
        Payment routed = world.ok(pay(job, null));
        assertThat(world.gateway.destinationOf(routed.intentId())).isEqualTo("acct_pedro");

        world.onJobEvents.handle(new JobEvent.ProviderWithdrew(job.id(), CUSTOMER.id(), PROVIDER.id(), "sick", T0));

        assertThat(world.payments.byId(routed.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void withoutThePolicyAJobNobodyTookCannotBePaid() {
        PaymentWorld today = new PaymentWorld(true);
        Job job = today.job(JobStatus.REQUESTED);
        assertThat(today.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)))
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.JOB_NOT_PAYABLE));
    }
}
