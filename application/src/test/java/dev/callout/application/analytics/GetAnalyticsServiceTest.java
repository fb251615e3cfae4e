package dev.callout.application.analytics;

import static dev.callout.application.contract.ContractFixtures.budgetQuote;
import static dev.callout.application.contract.ContractFixtures.customer;
import static dev.callout.application.contract.ContractFixtures.details;
import static dev.callout.application.contract.ContractFixtures.jobId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.TestClock;
import dev.callout.application.analytics.GetAnalyticsUseCase.Series;
import dev.callout.application.analytics.GetAnalyticsUseCase.Summary;
import dev.callout.application.inmemory.InMemoryAnalytics;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GetAnalyticsServiceTest {

    private static final Instant NOW = Instant.parse("2026-02-24T10:15:00Z");
    private static final Instant END_OF_TODAY = Instant.parse("2026-02-25T00:00:00Z");
    private static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryUsers users = new InMemoryUsers();
    private final GetAnalyticsUseCase analytics = new GetAnalyticsService(
            new InMemoryAnalytics(jobs, users, new InMemoryPayments()), new TestClock(NOW));

    @Test
    void onlyAdminsGetFigures() {
        assertThat(analytics.summary(Actor.customer(new UserId("usr_c")), null, null)).isEmpty();
        assertThat(analytics.series(Actor.provider(new UserId("usr_p"), Set.of("plumber")), null, null, Interval.DAY)).isEmpty();
        assertThat(analytics.summary(ADMIN, null, null)).isPresent();
    }

    @Test
    void theDefaultPeriodIsThirtyDaysToTheEndOfTodayOrToTheGivenEnd() {
        assertThat(analytics.summary(ADMIN, null, null).orElseThrow().period())
                .isEqualTo(new AnalyticsPeriod(END_OF_TODAY.minus(Duration.ofDays(30)), END_OF_TODAY));
        Instant to = Instant.parse("2026-01-10T00:00:00Z");
        assertThat(analytics.summary(ADMIN, null, to).orElseThrow().period())
                .isEqualTo(new AnalyticsPeriod(to.minus(Duration.ofDays(30)), to));
        Instant from = Instant.parse("2026-02-20T00:00:00Z");
        assertThat(analytics.summary(ADMIN, from, null).orElseThrow().period()).isEqualTo(new AnalyticsPeriod(from, END_OF_TODAY));
    }

    @Test
    void aPeriodIsInWholeMicrosecondsAsTheStoresKeepTime() {
        Instant from = Instant.parse("2026-02-20T10:00:00.123456789Z");

        assertThat(analytics.summary(ADMIN, from, from.plusSeconds(60)).orElseThrow().period()).isEqualTo(new AnalyticsPeriod(
                Instant.parse("2026-02-20T10:00:00.123456Z"), Instant.parse("2026-02-20T10:01:00.123456Z")));
        assertRefused(() -> analytics.summary(ADMIN, from, from.plusNanos(1)), "to", "must be after from");
        assertThatThrownBy(() -> new AnalyticsPeriod(from, from.plusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodMustRunForwardWithinTheLimitAndTheYears() {
        Instant from = Instant.parse("2026-02-20T00:00:00Z");
        assertRefused(() -> analytics.summary(ADMIN, from, from), "to", "must be after from");
        assertRefused(() -> analytics.summary(ADMIN, from, from.minusSeconds(1)), "to", "must be after from");
        assertRefused(() -> analytics.summary(ADMIN, END_OF_TODAY, null), "from", "must be before to");
        assertRefused(() -> analytics.summary(ADMIN, from, from.plus(Duration.ofDays(3_661))), "to", "at most 3660 days");
        assertThat(analytics.summary(ADMIN, from, from.plus(Duration.ofDays(3_660)))).isPresent();
        assertRefused(() -> analytics.summary(ADMIN, Instant.EPOCH.minusSeconds(1), from), "from", "1970 and 9999");
        assertRefused(() -> analytics.summary(ADMIN, from, Instant.parse("+10000-01-01T00:00:01Z")), "to", "1970 and 9999");
    }

    @Test
    void aSeriesListsEveryStepEmptyOnesIncluded() {
        UserId maria = customer().id();
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        jobs.add(posted(maria, from.plus(Duration.ofHours(30))));

        Series series = analytics.series(ADMIN, from, from.plus(Duration.ofDays(3)).plusSeconds(1), Interval.DAY).orElseThrow();

        assertThat(series.buckets()).extracting(Bucket::start).containsExactly(from, from.plus(Duration.ofDays(1)),
                from.plus(Duration.ofDays(2)), from.plus(Duration.ofDays(3)));
        assertThat(series.buckets()).extracting(bucket -> bucket.jobs().total()).containsExactly(0L, 1L, 0L, 0L);
        assertThat(series.buckets().getFirst().payments()).isEmpty();
    }

    @Test
    void aSeriesHasAtMostAThousandSteps() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(analytics.series(ADMIN, from, from.plus(Duration.ofHours(1_000)), Interval.HOUR).orElseThrow().buckets())
                .hasSize(1_000);
        assertRefused(() -> analytics.series(ADMIN, from, from.plus(Duration.ofHours(1_000)).plusSeconds(1), Interval.HOUR),
                "interval", "gives 1001 steps");
        assertThat(analytics.series(ADMIN, from, from.plus(Duration.ofDays(3_660)), Interval.WEEK)).isPresent();
    }

    @Test
    void theSummaryCarriesTheAdaptersFigures() {
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        jobs.add(posted(customer().id(), from));

        Summary summary = analytics.summary(ADMIN, from, from.plusSeconds(1)).orElseThrow();

        assertThat(summary.figures().jobs().total()).isEqualTo(1);
        assertThat(summary.figures().jobs().open()).isEqualTo(1);
        assertThat(summary.figures().jobs().completionRate()).isNull();
        assertThat(summary.figures().users().activeCustomers()).isEqualTo(1);
    }

    private static Job posted(UserId customer, Instant at) {
        return Job.builder(jobId(), customer, details("plumber"), budgetQuote()).createdAt(at).updatedAt(at).build();
    }

    private static void assertRefused(Runnable call, String field, String problem) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidCommandException.class,
                refused -> assertThat(refused.fields()).containsKey(field).extractingByKey(field).asString().contains(problem));
    }
}
