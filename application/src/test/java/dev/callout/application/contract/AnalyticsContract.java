package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.analytics.AnalyticsPeriod;
import dev.callout.application.analytics.Bucket;
import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.JobFigures;
import dev.callout.application.analytics.PaymentFigures;
import dev.callout.application.analytics.UserFigures;
import dev.callout.application.port.Analytics;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Users;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.GatewayCall;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.payment.RefundId;
import dev.callout.domain.payment.RefundStatus;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an analytics adapter must answer, on one set of jobs, accounts and payments built around
 * the week {@link #FROM} to {@link #TO}: boundaries to the microsecond, every job status, jobs
 * cancelled before and after acceptance, a scheduled job, failed, pending, held, cancelled,
 * captured, cash and refunded payments, and two currencies. The expected numbers follow from the
 * definitions in docs/api.md (Admin analytics) and are worked out next to each data item.
 */
public abstract class AnalyticsContract {

    static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-03-08T00:00:00Z");
    static final AnalyticsPeriod WEEK = new AnalyticsPeriod(FROM, TO);
    private static final Duration MICRO = Duration.ofNanos(1_000);
    private static final Currency PHP = Currency.getInstance("PHP");
    private static final Currency USD = Currency.getInstance("USD");

    protected abstract Users users();

    protected abstract Jobs jobs();

    protected abstract Payments payments();

    protected abstract Analytics analytics();

    protected void emptyStores() {
    }

    @BeforeEach
    void startEmpty() {
        emptyStores();
    }

    @Test
    void nothingStoredGivesZeroesAndNoCurrencies() {
        Figures figures = analytics().figures(WEEK);

        assertThat(figures.jobs()).isEqualTo(JobFigures.NONE);
        assertThat(figures.users()).isEqualTo(new UserFigures(0, 0, 0));
        assertThat(figures.payments()).isEmpty();
        assertThat(analytics().series(WEEK, Duration.ofDays(1))).isEmpty();
    }

    @Test
    void aPeriodWithNothingInItIsEmptyWhateverLiesAround() {
        storeTheWeek();
        AnalyticsPeriod later = new AnalyticsPeriod(TO.plusSeconds(1), TO.plus(Duration.ofDays(30)));

        Figures figures = analytics().figures(later);

        assertThat(figures.jobs()).isEqualTo(JobFigures.NONE);
        assertThat(figures.users()).isEqualTo(new UserFigures(0, 0, 0));
        assertThat(figures.payments()).isEmpty();
        assertThat(analytics().series(later, Duration.ofDays(1))).isEmpty();
    }

    @Test
    void theWeekCountsWhatWasCreatedInItAsItStandsNow() {
        storeTheWeek();

        Figures figures = analytics().figures(WEEK);

        // J1, J2, J3, J4, J5, J6, J7, J8 and JU; not J9 (posted at TO), J10 (a microsecond before FROM) or J11
        assertThat(figures.jobs()).isEqualTo(new JobFigures(9, 2, 2, 1, 1,
                // immediate and accepted: J1 32.5 s, J2 90 s, J4 45 s, J6 a day, 10 s and a microsecond, JU 20 s
                // (the scheduled J7 is not timed)
                5, 86_597_500_001L));
        assertThat(figures.jobs().open()).isEqualTo(3);
        assertThat(figures.jobs().completionRate()).isEqualByComparingTo("0.3333");
        assertThat(figures.jobs().averageAcceptanceSeconds()).isEqualTo(17_320); // 17,319.5000002 s
        // customers c1 and c2 posted; p1 and p2 hold jobs; c2, c4, p1 and p3 registered (not the admin)
        assertThat(figures.users()).isEqualTo(new UserFigures(2, 2, 4));

        // PHP: PA, PB1, PB2, PC, PD, PE and the cash PK (for J10, posted before the week); not PH (at TO) or PI
        assertThat(figures.payments()).containsExactly(
                new PaymentFigures(PHP, 7, 3, 2, php(3 * 95_050), php(10_000 + 95_050)),
                new PaymentFigures(USD, 1, 1, 0, usd(12_000), usd(0)));
        assertThat(figures.mainCurrency()).map(PaymentFigures::currency).contains(PHP);
        assertThat(figures.payments().getFirst().netVolume()).isEqualTo(php(180_100));
        assertThat(figures.payments().getFirst().successRate()).isEqualByComparingTo("0.6000");
        assertThat(figures.paymentSuccessRate()).isEqualByComparingTo("0.6667");
    }

    @Test
    void theBoundariesAreFromIncludedAndToExcluded() {
        storeTheWeek();

        assertThat(analytics().figures(new AnalyticsPeriod(FROM, FROM.plus(MICRO))).jobs().total()).isEqualTo(1); // J1
        assertThat(analytics().figures(new AnalyticsPeriod(FROM.minus(MICRO), FROM)).jobs().total()).isEqualTo(1); // J10
        assertThat(analytics().figures(new AnalyticsPeriod(TO.minus(MICRO), TO)).jobs().total()).isEqualTo(1); // J8
        Figures atTo = analytics().figures(new AnalyticsPeriod(TO, TO.plus(MICRO)));
        assertThat(atTo.jobs().total()).isEqualTo(1); // J9
        assertThat(atTo.users().newRegistrations()).isEqualTo(1); // c3
        assertThat(atTo.payments()).containsExactly(new PaymentFigures(PHP, 1, 1, 0, php(95_050), php(0))); // PH
    }

    @Test
    void aSeriesStepsFromTheStartOfThePeriod() {
        storeTheWeek();

        List<Bucket> days = analytics().series(WEEK, Duration.ofDays(1));

        assertThat(days).extracting(Bucket::start).containsExactly(FROM, day(1), day(2), day(3), day(4), day(5), day(6));
        assertThat(days.get(0).jobs()).isEqualTo(new JobFigures(1, 1, 0, 0, 0, 1, 32_500_000));
        assertThat(days.get(1).jobs()).isEqualTo(new JobFigures(1, 0, 0, 1, 0, 1, 90_000_000));
        assertThat(days.get(1).payments()).containsExactly(
                new PaymentFigures(PHP, 3, 2, 0, php(2 * 95_050), php(95_050))); // PB1, PB2 and the cash PK
        assertThat(days.get(2).jobs()).isEqualTo(new JobFigures(2, 0, 2, 0, 0, 1, 45_000_000));
        assertThat(days.get(6).jobs()).isEqualTo(new JobFigures(2, 1, 0, 0, 0, 1, 20_000_000)); // JU and J8
        assertThat(days.get(6).payments()).containsExactly(new PaymentFigures(USD, 1, 1, 0, usd(12_000), usd(0)));
    }

    @Test
    void stepsAlignToAStartThatIsNotMidnightAndTheLastEndsWithThePeriod() {
        storeTheWeek();
        Instant noon = FROM.plus(Duration.ofHours(12));

        List<Bucket> steps = analytics().series(new AnalyticsPeriod(noon, day(2).plus(Duration.ofHours(6))), Duration.ofDays(1));

        // J2 and PB1, PB2, PK from noon of day 0; J3, J4 and PE from noon of day 1, to the period's end
        assertThat(steps).extracting(Bucket::start).containsExactly(noon, noon.plus(Duration.ofDays(1)));
        assertThat(steps.get(0).jobs().total()).isEqualTo(1);
        assertThat(steps.get(0).payments()).extracting(PaymentFigures::attempted).containsExactly(3L);
        assertThat(steps.get(1).jobs().total()).isEqualTo(2);
        assertThat(steps.get(1).payments()).containsExactly(new PaymentFigures(PHP, 1, 0, 0, php(0), php(0)));
    }

    @Test
    void currenciesWithAsManyPaymentsAreListedByCode() {
        storeTheWeek();

        // day 6 of the week has JU's USD payment; add a EUR one: one payment each, so EUR comes first
        User customer = registered(customer(), FROM);
        User provider = registered(provider(Set.of("plumber")), FROM);
        Job euros = job(customer, provider, JobStatus.COMPLETED, day(6), Duration.ofSeconds(5), Urgency.IMMEDIATE,
                budget(Money.ofMinor(5_000, "EUR")));
        payments().add(captured(card(euros, day(6).plusSeconds(60)), day(6).plusSeconds(61)));

        List<Bucket> lastDay = analytics().series(new AnalyticsPeriod(day(6), TO), Duration.ofDays(1));

        assertThat(lastDay.getFirst().payments()).extracting(figures -> figures.currency().getCurrencyCode())
                .containsExactly("EUR", "USD");
    }

    // ---- the week

    private static Instant day(int days) {
        return FROM.plus(Duration.ofDays(days));
    }

    private static Money usd(long minor) {
        return Money.ofMinor(minor, "USD");
    }

    private void storeTheWeek() {
        User c1 = registered(customer(), FROM.minus(Duration.ofDays(1)));
        User c2 = registered(customer(), FROM.plus(Duration.ofHours(1)));
        User c3 = registered(customer(), TO);
        registered(pendingVerification(customer()), TO.minus(MICRO));
        User p1 = registered(provider(Set.of("plumber")), FROM);
        User p2 = registered(provider(Set.of("plumber")), FROM.minus(MICRO));
        User p3 = registered(provider(Set.of("plumber")), day(2));
        registered(admin(), day(1));

        Job j1 = job(c1, p1, JobStatus.COMPLETED, FROM, Duration.ofMillis(32_500), Urgency.IMMEDIATE, budgetQuote());
        Job j2 = job(c1, p1, JobStatus.DISPUTED, day(1), Duration.ofSeconds(90), Urgency.IMMEDIATE, budgetQuote());
        job(c1, null, JobStatus.CANCELLED, day(2), null, Urgency.IMMEDIATE, budgetQuote());
        Job j4 = job(c2, p1, JobStatus.CANCELLED, day(2).plus(Duration.ofHours(1)), Duration.ofSeconds(45),
                Urgency.IMMEDIATE, budgetQuote());
        job(c2, null, JobStatus.NO_PROVIDER_FOUND, day(3), null, Urgency.IMMEDIATE, budgetQuote());
        Job j6 = job(c2, p2, JobStatus.IN_PROGRESS, day(4), Duration.ofDays(1).plusSeconds(10).plus(MICRO), Urgency.IMMEDIATE,
                budgetQuote());
        Job j7 = job(c2, p2, JobStatus.ACCEPTED, day(5), Duration.ofDays(2), Urgency.SCHEDULED, budgetQuote());
        job(c2, null, JobStatus.REQUESTED, TO.minus(MICRO), null, Urgency.IMMEDIATE, budgetQuote());
        Job j9 = job(c3, p3, JobStatus.COMPLETED, TO, Duration.ofSeconds(7), Urgency.IMMEDIATE, budgetQuote());
        Job j10 = job(c3, p3, JobStatus.COMPLETED, FROM.minus(MICRO), Duration.ofSeconds(7), Urgency.IMMEDIATE,
                budgetQuote());
        Job j11 = job(c3, p3, JobStatus.COMPLETED, FROM.minus(Duration.ofDays(2)), Duration.ofSeconds(7),
                Urgency.IMMEDIATE, budgetQuote());
        Job ju = job(c1, p1, JobStatus.COMPLETED, day(6), Duration.ofSeconds(20), Urgency.IMMEDIATE,
                budget(usd(12_000)));

        Actor admin = admin().asActor();
        // PA: captured, 100.00 refunded; a refund still pending and a failed one do not count
        Payment pa = captured(card(j1, FROM.plus(Duration.ofHours(1))), FROM.plus(Duration.ofHours(2)));
        pa = refunded(pa, php(10_000), RefundStatus.SUCCEEDED, admin, day(1));
        pa = refunded(pa, php(5_000), RefundStatus.PENDING, admin, day(1));
        payments().add(refunded(pa, php(2_500), RefundStatus.FAILED, admin, day(1)));
        // PB1 failed, then PB2 captured and refunded in full
        Instant j2Paid = day(1).plus(Duration.ofHours(1));
        payments().add(change(card(j2, j2Paid), p -> p.failed("card_declined", "declined", GatewayCall.CREATE, j2Paid)));
        Payment pb2 = captured(card(j2, j2Paid.plusSeconds(60)), j2Paid.plusSeconds(61));
        payments().add(refunded(pb2, php(95_050), RefundStatus.SUCCEEDED, admin, day(2)));
        // PK: cash for J10, posted before the week, paid in it
        Actor p3Actor = p3.asActor();
        Instant cashAt = day(1).plus(Duration.ofMinutes(5));
        payments().add(change(open(j10, PaymentMethod.CASH, cashAt), p -> p.confirmCash(p3Actor, cashAt.plusSeconds(1))));
        // PE: cancelled with its job; PC: pending; PD: held on the card
        Instant j4Paid = day(2).plus(Duration.ofHours(2));
        Payment pe = change(card(j4, j4Paid), p -> p.cancel(j4Paid.plusSeconds(1)));
        payments().add(change(pe, p -> p.observe(new IntentSnapshot("pi_" + unique(), null, IntentStatus.CANCELED, php(0)),
                GatewayCall.CANCEL, j4Paid.plusSeconds(2))));
        payments().add(card(j6, day(4).plus(Duration.ofHours(1))));
        Instant j7Paid = day(5).plus(Duration.ofHours(1));
        payments().add(change(card(j7, j7Paid), p -> p.observe(new IntentSnapshot("pi_" + unique(), "secret",
                IntentStatus.REQUIRES_CAPTURE, php(0)), GatewayCall.CREATE, j7Paid.plusSeconds(1))));
        // PU: USD, captured
        payments().add(captured(card(ju, day(6).plus(Duration.ofHours(1))), day(6).plus(Duration.ofHours(2))));
        // PH: opened at TO; PI: opened before the week, refunded in it
        payments().add(captured(card(j9, TO), TO.plusSeconds(1)));
        Payment pi = captured(card(j11, FROM.minus(MICRO)), FROM);
        payments().add(refunded(pi, php(30_000), RefundStatus.SUCCEEDED, admin, day(1)));
    }

    private User registered(User user, Instant at) {
        User dated = new User(user.id(), user.role(), user.name(), user.email(), user.phone(), user.passwordHash(),
                user.categories(), user.status(), at);
        users().add(dated);
        return dated;
    }

    private static User pendingVerification(User user) {
        return user.withStatus(AccountStatus.PENDING_VERIFICATION);
    }

    private static PriceQuote budget(Money total) {
        Money zero = Money.zero(total.currency());
        return new PriceQuote(PriceBasis.BUDGET, new BigDecimal("0.000"), zero, zero, zero, FeeRate.DEFAULT.split(total), 500);
    }

    /**
     * A stored job in {@code status}, posted at {@code createdAt}; with a provider it was accepted
     * {@code toAcceptance} later (a cancelled job with a provider was cancelled after acceptance).
     */
    private Job job(User customer, User provider, JobStatus status, Instant createdAt, Duration toAcceptance,
                    Urgency urgency, PriceQuote price) {
        Instant acceptedAt = provider == null ? null : createdAt.plus(toAcceptance);
        boolean started = status == JobStatus.IN_PROGRESS || status == JobStatus.COMPLETED || status == JobStatus.DISPUTED;
        Instant startedAt = started ? acceptedAt.plus(Duration.ofMinutes(10)) : null;
        Instant completedAt = status == JobStatus.COMPLETED || status == JobStatus.DISPUTED ? startedAt.plus(Duration.ofHours(1)) : null;
        Instant cancelledAt = status == JobStatus.CANCELLED ? createdAt.plus(Duration.ofMinutes(3)) : null;
        Instant scheduledAt = urgency == Urgency.SCHEDULED ? createdAt.plus(Duration.ofDays(4)) : null;
        Job job = Job.builder(jobId(), customer.id(), new JobDetails("plumber", "Leaking pipe", MAKATI, null, urgency, scheduledAt), price)
                .providerId(provider == null ? null : provider.id()).status(status).createdAt(createdAt)
                .acceptedAt(acceptedAt).startedAt(startedAt).completedAt(completedAt).cancelledAt(cancelledAt)
                .cancellationReason(cancelledAt == null ? null : "changed plans")
                .updatedAt(createdAt.plus(Duration.ofDays(3))).build();
        jobs().add(job);
        return job;
    }

    private static Payment card(Job job, Instant at) {
        return open(job, PaymentMethod.CARD, at);
    }

    /** Opened as if the job were then completed (a card may also be opened on an accepted job). */
    private static Payment open(Job job, PaymentMethod method, Instant at) {
        Job payable = Job.builder(job.id(), job.customerId(), job.details(), job.price()).providerId(job.providerId())
                .status(JobStatus.COMPLETED).createdAt(job.createdAt()).acceptedAt(job.createdAt())
                .startedAt(job.createdAt()).completedAt(job.createdAt()).updatedAt(job.createdAt()).build();
        PaymentOutcome opened = Payment.open(new PaymentId("pay_" + unique()), payable, Actor.customer(job.customerId()), method,
                null, null, HoldWindow.STRIPE, false, at);
        return ((PaymentOutcome.Changed) opened).payment();
    }

    private static Payment captured(Payment payment, Instant at) {
        return change(payment, p -> p.observe(new IntentSnapshot("pi_" + unique(), "secret", IntentStatus.SUCCEEDED,
                p.amount()), GatewayCall.CREATE, at));
    }

    private static Payment refunded(Payment payment, Money amount, RefundStatus outcome, Actor admin, Instant at) {
        RefundId id = new RefundId("ref_" + unique());
        Payment asked = change(payment, p -> p.refund(id, amount, "the tap still drips", admin, at));
        return outcome == RefundStatus.PENDING ? asked : change(asked, p -> p.refundAnswered(id, "re_" + unique(), outcome, at));
    }

    private static Payment change(Payment payment, Function<Payment, PaymentOutcome> command) {
        return switch (command.apply(payment)) {
            case PaymentOutcome.Changed changed -> changed.payment();
            case PaymentOutcome outcome -> throw new IllegalStateException("the fixture's payment did not change: " + outcome);
        };
    }
}
