package dev.callout.domain.review;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceRequest;
import dev.callout.domain.pricing.Pricing;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Set;

/** Jobs walked through the real state machine, for the rules that come after the work. */
public final class CompletedJobs {

    public static final Actor CUSTOMER = Actor.customer(new UserId("usr_customer"));
    public static final Actor PROVIDER = Actor.provider(new UserId("usr_provider"), Set.of("plumber"));
    public static final Actor STRANGER = Actor.customer(new UserId("usr_stranger"));
    public static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));
    public static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private CompletedJobs() {
    }

    public static Job requested() {
        Place place = new Place(new GeoPoint(14.5547, 121.0244), null);
        PricingPolicy tariff = new PricingPolicy(Money.parse("700.00", "PHP"), Money.parse("0.00", "PHP"), 0, FeeRate.DEFAULT);
        var quote = Pricing.quote(tariff, new PriceRequest(place.point(), null, Urgency.IMMEDIATE, null, null));
        return done(Job.post(new JobId("job_01JDQTEST0000000000000000"), CUSTOMER,
                new JobDetails("plumber", "leak", place, null, Urgency.IMMEDIATE, null), quote, T0));
    }

    public static Job inProgress() {
        Job job = done(requested().accept(PROVIDER, T0.plusSeconds(60)));
        return done(job.changeStatus(PROVIDER, JobStatus.IN_PROGRESS, null, T0.plusSeconds(600), CancellationPolicy.DEFAULT));
    }

    /** Completed at T0 + 1 hour. */
    public static Job completed() {
        return done(inProgress().changeStatus(PROVIDER, JobStatus.COMPLETED, null, T0.plusSeconds(3600),
                CancellationPolicy.DEFAULT));
    }

    private static Job done(TransitionOutcome outcome) {
        return ((TransitionOutcome.Transitioned) outcome).job();
    }
}
