package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ADMIN;
import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.MAKATI;
import static dev.callout.application.job.JobWorld.MANILA;
import static dev.callout.application.job.JobWorld.T0;
import static dev.callout.application.job.JobWorld.TOWER;
import static dev.callout.application.job.JobWorld.TOWING;
import static dev.callout.application.job.JobWorld.ok;
import static dev.callout.application.job.JobWorld.towing;
import static dev.callout.application.job.JobWorld.withBudget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.job.QuoteJobUseCase.QuoteResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent.JobPosted;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.PriceRequest;
import dev.callout.domain.pricing.Pricing;
import dev.callout.domain.pricing.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostJobServiceTest {

    private final JobWorld world = new JobWorld();

    private JobResult post(JobRequest request) {
        return world.post.post(new PostJobCommand(ALICE, request));
    }

    @Test
    void postsAndPricesWithTheCategoryTariff() {
        world.clock.advance(Duration.ofMinutes(3));
        Instant now = world.clock.instant();

        Job job = ok(post(towing()));

        assertThat(job.id().value()).startsWith("job_");
        assertThat(job.status()).isEqualTo(JobStatus.REQUESTED);
        assertThat(job.customerId()).isEqualTo(ALICE.id());
        assertThat(job.createdAt()).isEqualTo(now);
        assertThat(job.price()).isEqualTo(Pricing.quote(TOWING.pricing(),
                new PriceRequest(MANILA.point(), MAKATI.point(), Urgency.IMMEDIATE, null, null)));
        assertThat(job.price().total()).isEqualTo(Money.parse("995.88", "PHP"));

        Job stored = world.stored(job.id());
        assertThat(stored.price()).isEqualTo(job.price());
        assertThat(stored.details()).isEqualTo(job.details());
        assertThat(stored.status()).isEqualTo(JobStatus.REQUESTED);
        assertThat(world.outbox.events()).containsExactly(
                new JobPosted(job.id(), ALICE.id(), "towing", MANILA, Urgency.IMMEDIATE, null, now));
    }

    @Test
    void aBudgetInTheCategoryCurrencyIsThePrice() {
        Job explicit = ok(post(withBudget("850.00", "PHP")));
        Job implicit = ok(post(withBudget("850", null)));

        assertThat(explicit.price().basis()).isEqualTo(PriceBasis.BUDGET);
        assertThat(explicit.price().total()).isEqualTo(Money.parse("850.00", "PHP"));
        assertThat(explicit.price().platformFee()).isEqualTo(Money.parse("42.50", "PHP"));
        assertThat(implicit.price()).isEqualTo(explicit.price());
    }

    @Test
    void unknownCategoryIsInvalid() {
        JobRequest request = new JobRequest("bakery", null, MANILA, null, Urgency.IMMEDIATE, null, null);

        assertThat(post(request)).isInstanceOfSatisfying(JobResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("category"));
        assertThat(world.storedCount()).isZero();
        assertThat(world.outbox.events()).isEmpty();
    }

    @Test
    void aBudgetInAnotherCurrencyIsInvalid() {
        assertThat(post(withBudget("20.00", "USD"))).isInstanceOfSatisfying(JobResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("budget.currency"));
        assertThat(world.storedCount()).isZero();
    }

    @Test
    void aBudgetWithTooManyDecimalsIsInvalid() {
        assertThat(post(withBudget("850.005", "PHP"))).isInstanceOfSatisfying(JobResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("budget.amount"));
        // trailing zeros are not extra precision
        assertThat(ok(post(withBudget("850.0000", "PHP"))).price().total()).isEqualTo(Money.parse("850.00", "PHP"));
    }

    @Test
    void anAbsurdlyLargeBudgetIsInvalidNotAnError() {
        assertThat(post(withBudget("1E+30", "PHP"))).isInstanceOfSatisfying(JobResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("budget.amount"));
        assertThat(world.storedCount()).isZero();
    }

    @Test
    void onlyCustomersPostAndNothingIsStoredOtherwise() {
        assertThat(world.post.post(new PostJobCommand(TOWER, towing()))).isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(world.post.post(new PostJobCommand(ADMIN, towing()))).isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(world.storedCount()).isZero();
        assertThat(world.outbox.events()).isEmpty();
    }

    @Test
    void aScheduledJobMustBeInTheFuture() {
        JobRequest past = scheduled(T0.minusSeconds(60));
        JobRequest now = scheduled(T0);

        assertThat(post(past)).isEqualTo(new JobResult.Refused(Rejection.SCHEDULED_TIME_INVALID));
        assertThat(post(now)).isEqualTo(new JobResult.Refused(Rejection.SCHEDULED_TIME_INVALID));
        assertThat(world.storedCount()).isZero();
        assertThat(world.outbox.events()).isEmpty();

        Job future = ok(post(scheduled(T0.plus(Duration.ofDays(1)))));
        assertThat(future.details().scheduledAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(future.price().urgencySurcharge().isZero()).isTrue();
    }

    @Test
    void theQuoteIsThePostedPrice() {
        for (JobRequest request : List.of(towing(), scheduled(T0.plus(Duration.ofHours(5))), withBudget("1234.56", "PHP"),
                JobWorld.plumbing())) {
            QuoteResult quoted = world.quote.quote(ALICE, request);
            Job posted = ok(post(request));

            assertThat(quoted).isInstanceOfSatisfying(QuoteResult.Quoted.class, q -> {
                assertThat(q.quote()).isEqualTo(posted.price());
                assertThat(q.category().code()).isEqualTo(request.category());
            });
        }
    }

    @Test
    void quotingAnUnknownCategoryIsInvalid() {
        JobRequest request = new JobRequest("bakery", null, MANILA, null, Urgency.IMMEDIATE, null, null);

        assertThat(world.quote.quote(ALICE, request)).isInstanceOfSatisfying(QuoteResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("category"));
        assertThat(world.quote.quote(ALICE, withBudget("1.001", "PHP"))).isInstanceOfSatisfying(QuoteResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("budget.amount"));
    }

    private static JobRequest scheduled(Instant at) {
        return new JobRequest("towing", "tow next week", MANILA, MAKATI, Urgency.SCHEDULED, at,
                null);
    }
}
