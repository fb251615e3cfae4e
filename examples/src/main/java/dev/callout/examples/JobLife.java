package dev.callout.examples;

import dev.callout.application.embedding.CalloutCore;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.DispatchEvent.JobOffered;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** A job's whole life in memory, printed step by step (its output is the point: standard output, not a log). */
public final class JobLife {

    public static void main(String[] args) {
        Category plumbing = new Category("plumber", "Plumber", new PricingPolicy(Money.parse("700.00", "PHP"),
                Money.parse("0.00", "PHP"), 2_000, FeeRate.DEFAULT), false);
        CalloutCore core = CalloutCore.builder(Clock.systemUTC()).categories(List.of(plumbing)).build();
        Actor maria = core.addAccount(Role.CUSTOMER, "Maria Santos", "maria@example.ph", Set.of());
        Actor jose = core.addAccount(Role.PROVIDER, "Jose Reyes", "jose@example.ph", Set.of("plumber"));
        core.setAvailability().set(new SetAvailabilityCommand(jose, Availability.ONLINE));
        core.updateLocation().update(new UpdateLocationCommand(jose, new GeoPoint(14.5600, 121.0244)));
        Job job = ((JobResult.Ok) core.postJob().post(new PostJobCommand(maria, new JobRequest("plumber", "leaking pipe",
                new Place(new GeoPoint(14.5547, 121.0244), "Ayala Ave, Makati"), null, Urgency.IMMEDIATE, null, null)))).job();
        System.out.println("posted    " + job.id().value() + " at " + job.price().total());
        core.runDueWork();
        core.events().events().stream().filter(JobOffered.class::isInstance).map(JobOffered.class::cast)
                .forEach(offer -> System.out.println("offered   to " + offer.providerId().value()));
        for (JobStatus next : List.of(JobStatus.ACCEPTED, JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, JobStatus.COMPLETED)) {
            JobResult moved = core.changeJobStatus().change(new ChangeJobStatusCommand(jose, job.id(), next, null));
            job = ((JobResult.Ok) moved).job();
            System.out.println("moved     to " + job.status().wireName());
            core.runDueWork();
        }
        var paid = (PaymentResult.Ok) core.createPayment().create(new CreatePaymentCommand(maria, job.id(),
                PaymentMethod.CARD, null));
        core.runDueWork();
        Payment payment = core.paymentQueries().get(maria, paid.payment().id()).orElseThrow();
        System.out.println("paid      by card: " + payment.status().wireName() + ", provider nets " + payment.split().net());
    }
}
