package dev.callout.application.inmemory;

import dev.callout.application.analytics.AnalyticsPeriod;
import dev.callout.application.analytics.Bucket;
import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.JobFigures;
import dev.callout.application.analytics.PaymentFigures;
import dev.callout.application.analytics.UserFigures;
import dev.callout.application.port.Analytics;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.Stage;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The analytics computed by walking the in-memory stores: the reference the SQL of the database adapter must equal. */
public final class InMemoryAnalytics implements Analytics {

    private final InMemoryJobs jobs;
    private final InMemoryUsers users;
    private final InMemoryPayments payments;

    public InMemoryAnalytics(InMemoryJobs jobs, InMemoryUsers users, InMemoryPayments payments) {
        this.jobs = jobs;
        this.users = users;
        this.payments = payments;
    }

    @Override
    public Figures figures(AnalyticsPeriod period) {
        List<Job> posted = jobs.all().stream().filter(job -> period.contains(job.createdAt())).toList();
        long customers = posted.stream().map(Job::customerId).distinct().count();
        long workers = posted.stream().map(Job::providerId).filter(Objects::nonNull).distinct().count();
        long registered = users.all().stream()
                .filter(user -> user.role() != Role.ADMIN && period.contains(user.createdAt())).count();
        List<Payment> opened = payments.all().stream().filter(payment -> period.contains(payment.createdAt())).toList();
        return new Figures(jobFigures(posted), new UserFigures(customers, workers, registered), paymentFigures(opened));
    }

    @Override
    public List<Bucket> series(AnalyticsPeriod period, Duration interval) {
        Function<Instant, Instant> stepOf = moment -> period.from()
                .plus(interval.multipliedBy(Duration.between(period.from(), moment).dividedBy(interval)));
        Map<Instant, List<Job>> posted = jobs.all().stream().filter(job -> period.contains(job.createdAt()))
                .collect(Collectors.groupingBy(job -> stepOf.apply(job.createdAt())));
        Map<Instant, List<Payment>> opened = payments.all().stream().filter(payment -> period.contains(payment.createdAt()))
                .collect(Collectors.groupingBy(payment -> stepOf.apply(payment.createdAt())));
        return Stream.concat(posted.keySet().stream(), opened.keySet().stream()).distinct().sorted()
                .map(start -> new Bucket(start, jobFigures(posted.getOrDefault(start, List.of())),
                        paymentFigures(opened.getOrDefault(start, List.of()))))
                .toList();
    }

    private static JobFigures jobFigures(List<Job> posted) {
        List<Job> timed = posted.stream()
                .filter(job -> job.details().urgency() == Urgency.IMMEDIATE && job.acceptedAt() != null).toList();
        long acceptanceMicros = timed.stream()
                .mapToLong(job -> ChronoUnit.MICROS.between(job.createdAt(), job.acceptedAt())).sum();
        return new JobFigures(posted.size(), count(posted, JobStatus.COMPLETED), count(posted, JobStatus.CANCELLED),
                count(posted, JobStatus.DISPUTED), count(posted, JobStatus.NO_PROVIDER_FOUND), timed.size(), acceptanceMicros);
    }

    private static long count(List<Job> jobs, JobStatus status) {
        return jobs.stream().filter(job -> job.status() == status).count();
    }

    private static List<PaymentFigures> paymentFigures(List<Payment> opened) {
        return opened.stream().collect(Collectors.groupingBy(payment -> payment.amount().currency())).entrySet().stream()
                .map(inCurrency -> paymentFigures(inCurrency.getKey(), inCurrency.getValue())).toList();
    }

    private static PaymentFigures paymentFigures(Currency currency, List<Payment> opened) {
        Money volume = Money.zero(currency);
        Money refunded = Money.zero(currency);
        long captured = 0;
        long unsettled = 0;
        for (Payment payment : opened) {
            volume = volume.plus(payment.captured());
            refunded = refunded.plus(payment.refunded());
            captured += payment.stage() instanceof Stage.Captured ? 1 : 0;
            unsettled += payment.stage() instanceof Stage.Pending || payment.stage() instanceof Stage.Authorized ? 1 : 0;
        }
        return new PaymentFigures(currency, opened.size(), captured, unsettled, volume, refunded);
    }
}
