package dev.callout.rest.admin;

import dev.callout.application.analytics.AnalyticsPeriod;
import dev.callout.application.analytics.Bucket;
import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.GetAnalyticsUseCase.Series;
import dev.callout.application.analytics.GetAnalyticsUseCase.Summary;
import dev.callout.application.analytics.JobFigures;
import dev.callout.application.analytics.PaymentFigures;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The admin analytics on the wire, in BlueWork's shape: snake_case, money as Money, rates as decimal strings. */
final class AnalyticsBodies {

    private static final String RATE = "a share from 0 to 1 as a decimal string with four places, rounded half up; "
            + "null when there is nothing to divide";

    private AnalyticsBodies() {
    }

    @Serdeable
    @Schema(name = "Analytics", description = "What was created in the period, as it stands now; definitions in docs/api.md")
    record AnalyticsBody(PeriodBody period, JobsBody jobs, UsersBody users, PaymentsBody payments,
                         @Nullable @Schema(description = "mean time from posting to acceptance of the period's immediate "
                                 + "jobs that were accepted, whole seconds rounded half up; null for none", example = "142")
                         Long avgJobAcceptanceTimeSeconds) {

        static AnalyticsBody of(Summary summary) {
            Figures figures = summary.figures();
            return new AnalyticsBody(PeriodBody.of(summary.period()), JobsBody.of(figures.jobs()),
                    new UsersBody(figures.users().activeCustomers(), figures.users().activeWorkers(),
                            figures.users().newRegistrations()),
                    PaymentsBody.of(figures), figures.jobs().averageAcceptanceSeconds());
        }
    }

    @Serdeable
    @Schema(name = "AnalyticsPeriod", description = "from included, to excluded")
    record PeriodBody(Instant from, Instant to) {
        static PeriodBody of(AnalyticsPeriod period) {
            return new PeriodBody(period.from(), period.to());
        }
    }

    @Serdeable
    @Schema(name = "AnalyticsJobs", description = "the jobs posted in the period, by their status now: "
            + "total = completed + cancelled + disputed + no_provider_found + open")
    record JobsBody(long total, long completed, long cancelled, long disputed, long noProviderFound,
                    @Schema(description = "requested, accepted, en route or in progress") long open,
                    @Nullable @Schema(description = "completed / (total - open); " + RATE, example = "0.9048")
                    String completionRate) {

        static JobsBody of(JobFigures jobs) {
            return new JobsBody(jobs.total(), jobs.completed(), jobs.cancelled(), jobs.disputed(), jobs.noProviderFound(),
                    jobs.open(), rate(jobs.completionRate()));
        }
    }

    @Serdeable
    @Schema(name = "AnalyticsUsers")
    record UsersBody(@Schema(description = "customers who posted a job in the period") long activeCustomers,
                     @Schema(description = "providers who hold a job posted in the period") long activeWorkers,
                     @Schema(description = "customer and provider accounts created in the period, whatever their status now")
                     long newRegistrations) {
    }

    @Serdeable
    @Schema(name = "AnalyticsPayments", description = "the payments opened in the period, as they stand now. total_volume: "
            + "what the main currency's payments captured (refunded money included), refunded: their refunds that "
            + "succeeded, net_volume: the difference; all three null with no payments")
    record PaymentsBody(@Nullable MoneyBody totalVolume,
                        @Nullable @Schema(description = "the main currency: the one with the most payments (ties by code)",
                                example = "PHP") String currency,
                        @Nullable @Schema(description = "captured / (attempted - unsettled) over every currency; " + RATE,
                                example = "0.9800") String successRate,
                        long attempted, long captured,
                        @Schema(description = "pending or authorised: no outcome yet") long unsettled,
                        @Nullable MoneyBody refunded, @Nullable MoneyBody netVolume,
                        @Schema(description = "every currency, the main one first") List<CurrencyPaymentsBody> byCurrency) {

        static PaymentsBody of(Figures figures) {
            PaymentFigures main = figures.mainCurrency().orElse(null);
            return new PaymentsBody(main == null ? null : MoneyBody.of(main.volume()),
                    main == null ? null : main.currency().getCurrencyCode(), rate(figures.paymentSuccessRate()),
                    figures.paymentsAttempted(), figures.paymentsCaptured(), figures.paymentsUnsettled(),
                    main == null ? null : MoneyBody.of(main.refunded()), main == null ? null : MoneyBody.of(main.netVolume()),
                    CurrencyPaymentsBody.of(figures.payments()));
        }
    }

    @Serdeable
    @Schema(name = "AnalyticsCurrencyPayments", description = "one currency's payments. total_volume: what they captured "
            + "(refunded money included), refunded: their refunds that succeeded, net_volume: the difference")
    record CurrencyPaymentsBody(String currency, MoneyBody totalVolume, MoneyBody refunded, MoneyBody netVolume,
                                long attempted, long captured, long unsettled,
                                @Nullable @Schema(description = "captured / (attempted - unsettled); " + RATE) String successRate) {

        static List<CurrencyPaymentsBody> of(List<PaymentFigures> payments) {
            return payments.stream().map(figures -> new CurrencyPaymentsBody(figures.currency().getCurrencyCode(),
                    MoneyBody.of(figures.volume()), MoneyBody.of(figures.refunded()), MoneyBody.of(figures.netVolume()),
                    figures.attempted(), figures.captured(), figures.unsettled(), rate(figures.successRate()))).toList();
        }
    }

    @Serdeable
    @Schema(name = "AnalyticsSeries")
    record SeriesBody(PeriodBody period, @Schema(allowableValues = {"hour", "day", "week"}) String interval,
                      @Schema(description = "every step from the period's start, empty ones included") List<PointBody> data) {

        static SeriesBody of(Series series) {
            List<PointBody> points = series.buckets().stream().map(bucket -> PointBody.of(bucket, series)).toList();
            return new SeriesBody(PeriodBody.of(series.period()), series.interval().wireName(), points);
        }
    }

    @Serdeable
    @Schema(name = "AnalyticsPoint", description = "the jobs posted and the payments opened from start (included) to end")
    record PointBody(Instant start, Instant end, JobsBody jobs, @Nullable Long avgJobAcceptanceTimeSeconds,
                     List<CurrencyPaymentsBody> payments) {

        static PointBody of(Bucket bucket, Series series) {
            Instant next = bucket.start().plus(series.interval().length());
            Instant end = next.isAfter(series.period().to()) ? series.period().to() : next;
            return new PointBody(bucket.start(), end, JobsBody.of(bucket.jobs()), bucket.jobs().averageAcceptanceSeconds(),
                    CurrencyPaymentsBody.of(bucket.payments()));
        }
    }

    private static String rate(BigDecimal rate) {
        return rate == null ? null : rate.toPlainString();
    }
}
