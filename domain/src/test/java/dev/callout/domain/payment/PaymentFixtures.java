package dev.callout.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A gig priced at a budget (Chayenity's THB 1500 with a 5% fee), its parties, and ledger arithmetic. */
final class PaymentFixtures {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final PaymentId PAYMENT_ID = new PaymentId("pay_01JTEST00000000000000000001");
    static final Actor CUSTOMER = Actor.customer(new UserId("usr_seeker"));
    static final Actor PROVIDER = Actor.provider(new UserId("usr_helper"), Set.of("moving_help"));
    static final Actor OTHER_PROVIDER = Actor.provider(new UserId("usr_otherhelper"), Set.of("moving_help"));
    static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));
    static final Place BANGKOK = new Place(new GeoPoint(13.7563, 100.5018), "Sukhumvit Soi 11");

    private PaymentFixtures() {
    }

    static Money thb(String amount) {
        return Money.parse(amount, "THB");
    }

    static Job job(JobStatus status, Money total, Instant scheduledAt) {
        PriceQuote price = new PriceQuote(PriceBasis.BUDGET, BigDecimal.ZERO, Money.zero(total.currency()),
                Money.zero(total.currency()), Money.zero(total.currency()), FeeRate.DEFAULT.split(total), 500);
        JobDetails details = new JobDetails("moving_help", "Help move furniture", BANGKOK, null,
                scheduledAt == null ? Urgency.IMMEDIATE : Urgency.SCHEDULED, scheduledAt);
        boolean assigned = status != JobStatus.REQUESTED;
        boolean started = status == JobStatus.IN_PROGRESS || status == JobStatus.COMPLETED || status == JobStatus.DISPUTED;
        return Job.builder(new JobId("job_01JTEST00000000000000000001"), CUSTOMER.id(), details, price)
                .providerId(assigned ? PROVIDER.id() : null).status(status).createdAt(T0.minusSeconds(3600))
                .acceptedAt(assigned ? T0.minusSeconds(1800) : null).startedAt(started ? T0.minusSeconds(900) : null)
                .completedAt(status == JobStatus.COMPLETED ? T0.minusSeconds(60) : null)
                .cancelledAt(status == JobStatus.CANCELLED ? T0.minusSeconds(60) : null).updatedAt(T0.minusSeconds(60))
                .version(1).build();
    }

    static Job job(JobStatus status) {
        return job(status, thb("1500.00"), null);
    }

    static PaymentOutcome.Changed changed(PaymentOutcome outcome) {
        assertThat(outcome).isInstanceOf(PaymentOutcome.Changed.class);
        return (PaymentOutcome.Changed) outcome;
    }

    static PaymentRejection refusal(PaymentOutcome outcome) {
        assertThat(outcome).isInstanceOf(PaymentOutcome.Refused.class);
        return ((PaymentOutcome.Refused) outcome).reason();
    }

    /** Balances per account of the given entries. */
    static Map<LedgerAccount, Long> balances(List<LedgerEntry> entries) {
        Map<LedgerAccount, Long> balances = new HashMap<>();
        entries.forEach(e -> balances.merge(e.account(), e.amount().minor(), Long::sum));
        return balances;
    }

    static long sum(List<LedgerEntry> entries) {
        return entries.stream().mapToLong(e -> e.amount().minor()).sum();
    }
}
