package dev.callout.persistence;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import dev.callout.application.analytics.AnalyticsPeriod;
import dev.callout.application.analytics.Bucket;
import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.JobFigures;
import dev.callout.application.analytics.PaymentFigures;
import dev.callout.application.analytics.UserFigures;
import dev.callout.application.port.Analytics;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.RefundStatus;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.persistence.PaymentTables.Payments;
import dev.callout.persistence.PaymentTables.Refunds;
import dev.callout.persistence.Tables.Jobs;
import dev.callout.persistence.Tables.Users;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The analytics as aggregate queries over the period's rows, each read through a covering index
 * on the creation time (V22): jobs, payments (with their succeeded refunds) and new accounts. A
 * series groups the same aggregates by {@code date_bin(interval, created_at, from)}.
 */
@Singleton
public final class PostgresAnalytics implements Analytics {

    private static final Condition TIMED = Jobs.URGENCY.eq(Urgency.IMMEDIATE.wireName())
            .and(Jobs.ACCEPTED_AT.isNotNull());
    // summed as intervals (whole microseconds), turned into a number once per group: exact and cheap
    private static final Field<BigDecimal> TOTAL_ACCEPTANCE_MICROS = field(
            "coalesce(extract(epoch from sum({0} - {1}) filter (where {2})) * 1000000, 0)", SQLDataType.NUMERIC,
            Jobs.ACCEPTED_AT, Jobs.CREATED_AT, TIMED);
    private static final Field<String> CURRENCY = Payments.CURRENCY;
    // the refunds query joins payments: both have id, status and created_at
    private static final Field<String> PAID_ID = qualified(Payments.TABLE, Payments.ID);
    private static final Field<String> PAID_CURRENCY = qualified(Payments.TABLE, Payments.CURRENCY);
    private static final Field<Instant> PAID_CREATED_AT = qualified(Payments.TABLE, Payments.CREATED_AT);
    private static final Field<String> REFUND_PAYMENT_ID = qualified(Refunds.TABLE, Refunds.PAYMENT_ID);
    private static final Field<String> REFUND_STATUS = qualified(Refunds.TABLE, Refunds.STATUS);
    private static final Field<Long> REFUND_AMOUNT_MINOR = qualified(Refunds.TABLE, Refunds.AMOUNT_MINOR);

    private final Sql sql;

    PostgresAnalytics(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Figures figures(AnalyticsPeriod period) {
        return sql.run(dsl -> {
            Map<Instant, JobFigures> jobs = jobFigures(dsl, period, null);
            Map<Instant, List<PaymentFigures>> payments = paymentFigures(dsl, period, null);
            return new Figures(jobs.getOrDefault(period.from(), JobFigures.NONE), userFigures(dsl, period),
                    payments.getOrDefault(period.from(), List.of()));
        });
    }

    @Override
    public List<Bucket> series(AnalyticsPeriod period, Duration interval) {
        return sql.run(dsl -> {
            Map<Instant, JobFigures> jobs = jobFigures(dsl, period, interval);
            Map<Instant, List<PaymentFigures>> payments = paymentFigures(dsl, period, interval);
            TreeSet<Instant> starts = new TreeSet<>(jobs.keySet());
            starts.addAll(payments.keySet());
            return starts.stream().map(start -> new Bucket(start, jobs.getOrDefault(start, JobFigures.NONE),
                    payments.getOrDefault(start, List.of()))).toList();
        });
    }

    /** Per step start (the period's start alone when {@code interval} is null), the jobs posted in it. */
    private static Map<Instant, JobFigures> jobFigures(DSLContext dsl, AnalyticsPeriod period, Duration interval) {
        Field<Instant> step = step(Jobs.CREATED_AT, period, interval);
        Map<Instant, JobFigures> figures = new HashMap<>();
        dsl.select(step, count(), posted(JobStatus.COMPLETED), posted(JobStatus.CANCELLED), posted(JobStatus.DISPUTED),
                        posted(JobStatus.NO_PROVIDER_FOUND), count().filterWhere(TIMED), TOTAL_ACCEPTANCE_MICROS)
                .from(Jobs.TABLE).where(within(Jobs.CREATED_AT, period)).groupBy(grouping(interval))
                .fetch().forEach(row -> figures.put(row.value1(), new JobFigures(row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7(), row.value8().longValueExact())));
        return figures;
    }

    private static Field<Integer> posted(JobStatus status) {
        return count().filterWhere(Jobs.STATUS.eq(status.wireName()));
    }

    private static UserFigures userFigures(DSLContext dsl, AnalyticsPeriod period) {
        Condition posted = within(Jobs.CREATED_AT, period);
        // distinct as a grouping, which may hash, where count(distinct) always sorts
        Record row = dsl.select(
                select(count()).from(select(Jobs.CUSTOMER_ID).from(Jobs.TABLE).where(posted).groupBy(Jobs.CUSTOMER_ID))
                        .asField(),
                select(count()).from(select(Jobs.PROVIDER_ID).from(Jobs.TABLE).where(posted.and(Jobs.PROVIDER_ID.isNotNull()))
                        .groupBy(Jobs.PROVIDER_ID)).asField(),
                select(count()).from(Users.TABLE).where(within(Users.CREATED_AT, period)
                        .and(Users.ROLE.in(Role.CUSTOMER.wireName(), Role.PROVIDER.wireName()))).asField())
                .fetchSingle();
        return new UserFigures(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class));
    }

    /**
     * Per step start and currency, the payments opened in the step; refunds are summed apart
     * (a payment has few or none) and added to their payment's step.
     */
    private static Map<Instant, List<PaymentFigures>> paymentFigures(DSLContext dsl, AnalyticsPeriod period,
                                                                     Duration interval) {
        Field<Instant> refundStep = step(PAID_CREATED_AT, period, interval);
        Map<Instant, Map<String, Long>> refunded = new HashMap<>();
        dsl.select(refundStep, PAID_CURRENCY, sum(REFUND_AMOUNT_MINOR).cast(SQLDataType.BIGINT))
                .from(Refunds.TABLE).join(Payments.TABLE).on(PAID_ID.eq(REFUND_PAYMENT_ID))
                .where(REFUND_STATUS.eq(RefundStatus.SUCCEEDED.name().toLowerCase(Locale.ROOT))
                        .and(within(PAID_CREATED_AT, period)))
                .groupBy(grouping(interval, PAID_CURRENCY))
                .fetch().forEach(row -> refunded.computeIfAbsent(row.value1(), start -> new HashMap<>())
                        .put(row.value2(), row.value3()));
        Field<Instant> step = step(Payments.CREATED_AT, period, interval);
        Map<Instant, List<PaymentFigures>> figures = new HashMap<>();
        dsl.select(step, CURRENCY, count(), count().filterWhere(Payments.STAGE.eq(PaymentRows.CAPTURED)),
                        count().filterWhere(Payments.STAGE.in(PaymentRows.PENDING, PaymentRows.AUTHORIZED)),
                        sum(Payments.CAPTURED_MINOR).cast(SQLDataType.BIGINT))
                .from(Payments.TABLE).where(within(Payments.CREATED_AT, period))
                .groupBy(grouping(interval, CURRENCY))
                .fetch().forEach(row -> {
                    Currency currency = Currency.getInstance(row.value2().trim());
                    long refundedInStep = refunded.getOrDefault(row.value1(), Map.of()).getOrDefault(row.value2(), 0L);
                    figures.computeIfAbsent(row.value1(), start -> new ArrayList<>()).add(new PaymentFigures(currency,
                            row.value3(), row.value4(), row.value5(), new Money(row.value6(), currency),
                            new Money(refundedInStep, currency)));
                });
        return figures;
    }

    /** The start of the step {@code createdAt} falls in: the period's start when there are no steps. */
    private static Field<Instant> step(Field<Instant> createdAt, AnalyticsPeriod period, Duration interval) {
        Field<Instant> from = DSL.val(period.from(), SQLDataType.INSTANT);
        return interval == null ? from
                : field("date_bin({0} * interval '1 second', {1}, {2})", SQLDataType.INSTANT,
                        DSL.val(interval.toSeconds()), createdAt, from);
    }

    /**
     * Group by the step (the first column, by position: its bound parameters differ from the
     * select list's) only when there are steps, and by {@code others}.
     */
    private static List<Field<?>> grouping(Duration interval, Field<?>... others) {
        List<Field<?>> fields = new ArrayList<>(List.of(others));
        if (interval != null) {
            fields.addFirst(DSL.inline(1));
        }
        return fields;
    }

    private static Condition within(Field<Instant> createdAt, AnalyticsPeriod period) {
        return createdAt.ge(period.from()).and(createdAt.lt(period.to()));
    }

    private static <T> Field<T> qualified(Table<?> table, Field<T> column) {
        return DSL.field(DSL.name(table.getName(), column.getName()), column.getDataType());
    }
}
