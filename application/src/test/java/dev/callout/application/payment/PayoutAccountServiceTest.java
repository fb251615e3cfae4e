package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.PayoutAccountUseCase.LinkPayoutAccountCommand;
import dev.callout.application.payment.PayoutAccountUseCase.LinkResult;
import dev.callout.application.payment.PayoutAccountUseCase.ReadResult;
import dev.callout.application.payment.PayoutAccountUseCase.UnlinkResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayoutAccountServiceTest {

    private final PaymentWorld world = new PaymentWorld(true);

    private LinkResult link(Actor actor, String account) {
        return world.payouts.link(new LinkPayoutAccountCommand(actor, account));
    }

    private PayoutAccount linked(LinkResult result) {
        assertThat(result).isInstanceOf(LinkResult.Linked.class);
        return ((LinkResult.Linked) result).account();
    }

    @Test
    void aProviderLinksAnAccountAndRelinkingKeepsWhenTheFirstWasLinked() {
        PayoutAccount first = linked(link(PROVIDER, "acct_1PedroPayouts"));
        assertThat(first).isEqualTo(new PayoutAccount(PROVIDER.id(), "acct_1PedroPayouts", T0, T0));
        assertThat(world.payouts.read(PROVIDER, PROVIDER.id())).isEqualTo(new ReadResult.Found(first));

        world.clock.advance(Duration.ofMinutes(5));
        assertThat(linked(link(PROVIDER, "acct_1PedroPayouts"))).as("the same account again changes nothing").isEqualTo(first);
        PayoutAccount moved = linked(link(PROVIDER, "acct_2PedroNew"));

        assertThat(moved).isEqualTo(new PayoutAccount(PROVIDER.id(), "acct_2PedroNew", T0, T0.plus(Duration.ofMinutes(5))));
        assertThat(world.payoutAccounts.accountOf(PROVIDER.id())).contains("acct_2PedroNew");
    }

    @Test
    void onlyWellFormedConnectedAccountIdsMakeACommand() {
        for (String bad : new String[]{null, " ", "cus_1Pedro", "acct_", "acct_1-Pedro", "acct_1Pedro; DROP TABLE"}) {
            assertThatThrownBy(() -> new LinkPayoutAccountCommand(PROVIDER, bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidCommandException.class,
                            e -> assertThat(e.fields()).containsOnlyKeys("stripe_account_id"));
        }
        assertThat(world.gateway.calls()).isEmpty();
    }

    @Test
    void anAccountTheGatewayDoesNotKnowOrThatCannotReceiveTransfersIsNotStored() {
        world.gateway.forgetAccount("acct_1Gone");
        world.gateway.restrictAccount("acct_1Onboarding");

        assertThat(link(PROVIDER, "acct_1Gone")).isInstanceOfSatisfying(LinkResult.Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("acct_1Gone"));
        assertThat(link(PROVIDER, "acct_1Onboarding")).isInstanceOfSatisfying(LinkResult.Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("cannot receive transfers"));
        assertThat(world.payoutAccounts.find(PROVIDER.id())).isEmpty();
    }

    @Test
    void whenTheGatewayIsSilentTheEarlierAccountStays() {
        PayoutAccount first = linked(link(PROVIDER, "acct_1First"));
        world.gateway.becomeUnavailableFor(1);

        assertThat(link(PROVIDER, "acct_2Second")).isInstanceOf(LinkResult.GatewayUnavailable.class);
        assertThat(world.payoutAccounts.find(PROVIDER.id())).contains(first);
    }

    @Test
    void onlyProvidersLinkOrUnlinkAccounts() {
        assertThat(link(CUSTOMER, "acct_1Maria")).isInstanceOf(LinkResult.NotAProvider.class);
        assertThat(link(ADMIN, "acct_1Ops")).isInstanceOf(LinkResult.NotAProvider.class);
        assertThat(world.payouts.unlink(CUSTOMER)).isEqualTo(UnlinkResult.NOT_A_PROVIDER);
        assertThat(world.payoutAccounts.find(CUSTOMER.id())).isEmpty();
        assertThat(world.payoutAccounts.find(ADMIN.id())).isEmpty();
    }

    @Test
    void aProviderReadsOnlyTheirOwnAndAdminsReadAnyProvidersAccount() {
        User jose = ContractFixtures.provider(Set.of("plumber"));
        User maria = ContractFixtures.customer();
        world.users.add(jose);
        world.users.add(maria);
        Actor joseActor = jose.asActor();
        PayoutAccount account = linked(link(joseActor, "acct_1Jose"));

        assertThat(world.payouts.read(OTHER_PROVIDER, jose.id())).isInstanceOf(ReadResult.NoSuchProvider.class);
        assertThat(world.payouts.read(maria.asActor(), jose.id())).isInstanceOf(ReadResult.NoSuchProvider.class);
        assertThat(world.payouts.read(ADMIN, jose.id())).isEqualTo(new ReadResult.Found(account));
        assertThat(world.payouts.read(ADMIN, maria.id())).as("customers have no payout account")
                .isInstanceOf(ReadResult.NoSuchProvider.class);
        assertThat(world.payouts.read(ADMIN, new UserId("usr_nobody")))
                .isInstanceOf(ReadResult.NoSuchProvider.class);
        assertThat(world.payouts.read(OTHER_PROVIDER, OTHER_PROVIDER.id())).isInstanceOf(ReadResult.NoAccount.class);
    }

    @Test
    void unlinkingRemovesTheAccountOnce() {
        linked(link(PROVIDER, "acct_1Pedro"));

        assertThat(world.payouts.unlink(PROVIDER)).isEqualTo(UnlinkResult.UNLINKED);
        assertThat(world.payouts.unlink(PROVIDER)).isEqualTo(UnlinkResult.NO_ACCOUNT);
        assertThat(world.payouts.read(PROVIDER, PROVIDER.id())).isInstanceOf(ReadResult.NoAccount.class);
    }

    @Test
    void paymentsOpenedAfterLinkingPayOutWithTheChargeAndThoseOpenedBeforeKeepTheirRouting() {
        Job before = world.job(JobStatus.ACCEPTED);
        Payment heldBefore = world.ok(pay(before));
        linked(link(PROVIDER, "acct_1Pedro"));
        Job after = world.job(JobStatus.ACCEPTED);
        Payment heldAfter = world.ok(pay(after));
        assertThat(world.payouts.unlink(PROVIDER)).isEqualTo(UnlinkResult.UNLINKED);
        Job unlinked = world.job(JobStatus.ACCEPTED);
        Payment heldUnlinked = world.ok(pay(unlinked));

        assertThat(heldBefore.payoutAccount()).isNull();
        assertThat(world.gateway.destinationOf(heldBefore.intentId())).isNull();
        assertThat(heldAfter.payoutAccount()).isEqualTo("acct_1Pedro");
        assertThat(world.gateway.destinationOf(heldAfter.intentId())).isEqualTo("acct_1Pedro");
        assertThat(world.gateway.applicationFeeOf(heldAfter.intentId())).isEqualTo(heldAfter.split().fee())
                .isEqualTo(Money.ofMinor(7_129, "PHP"));
        assertThat(heldUnlinked.payoutAccount()).isNull();

        for (Job job : new Job[]{before, after, unlinked}) {
            world.onJobEvents.handle(new JobEvent.JobStatusChanged(job.id(), job.customerId(), job.providerId(),
                    JobStatus.IN_PROGRESS, JobStatus.COMPLETED, Role.PROVIDER, null, T0));
        }

        assertThat(world.payments.byId(heldAfter.id()).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.payments.byId(heldAfter.id()).orElseThrow().payoutAccount()).isEqualTo("acct_1Pedro");
        assertThat(world.balance(LedgerAccount.providerExternal(PROVIDER.id()))).as("paid with the connected charge only")
                .isEqualTo(87_921);
        assertThat(world.ledger.earnings(PROVIDER.id(), null, null)).singleElement()
                .satisfies(summary -> assertThat(summary.pendingPayout().minor()).as("the two unconnected charges accrue")
                        .isEqualTo(2 * 87_921));
    }

    private PaymentResult pay(Job job) {
        return world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null));
    }
}
