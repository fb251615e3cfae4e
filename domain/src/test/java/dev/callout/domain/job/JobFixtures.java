package dev.callout.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.PriceRequest;
import dev.callout.domain.pricing.Pricing;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Set;

/** Actors, a towing job and helpers to unwrap outcomes. */
final class JobFixtures {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    static final JobId JOB_ID = new JobId("job_01JDQTEST0000000000000000");

    static final Actor CUSTOMER = Actor.customer(new UserId("usr_customer"));
    static final Actor OTHER_CUSTOMER = Actor.customer(new UserId("usr_othercustomer"));
    static final Actor PROVIDER = Actor.provider(new UserId("usr_provider1"), Set.of("towing", "plumbing"));
    static final Actor PROVIDER_2 = Actor.provider(new UserId("usr_provider2"), Set.of("towing"));
    static final Actor PLUMBER = Actor.provider(new UserId("usr_plumber"), Set.of("plumbing"));
    static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));

    static final Place MANILA = new Place(new GeoPoint(14.5995, 120.9842), "Rizal Park, Manila");
    static final JobDetails TOWING = new JobDetails("towing", "flat tyre", MANILA, null, Urgency.IMMEDIATE, null);
    static final PricingPolicy TARIFF = new PricingPolicy(Money.parse("500.00", "PHP"), Money.parse("50.00", "PHP"),
            2_000, FeeRate.DEFAULT);
    static final PriceQuote PRICE = Pricing.quote(TARIFF,
            new PriceRequest(MANILA.point(), null, Urgency.IMMEDIATE, null, null));
    static final CancellationPolicy WINDOW = CancellationPolicy.DEFAULT;

    private JobFixtures() {
    }

    static Job posted() {
        return transitioned(Job.post(JOB_ID, CUSTOMER, TOWING, PRICE, T0)).job();
    }

    static Job acceptedBy(Actor provider, Instant at) {
        return transitioned(posted().accept(provider, at)).job();
    }

    static TransitionOutcome.Transitioned transitioned(TransitionOutcome outcome) {
        assertThat(outcome).isInstanceOf(TransitionOutcome.Transitioned.class);
        return (TransitionOutcome.Transitioned) outcome;
    }

    static Job ok(TransitionOutcome outcome) {
        return transitioned(outcome).job();
    }

    static Rejection rejection(TransitionOutcome outcome) {
        assertThat(outcome).isInstanceOf(TransitionOutcome.Rejected.class);
        return ((TransitionOutcome.Rejected) outcome).reason();
    }
}
