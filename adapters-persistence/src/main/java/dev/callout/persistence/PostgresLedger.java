package dev.callout.persistence;

import static dev.callout.persistence.PaymentTables.LedgerEntries.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Ledger;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.AccountType;
import dev.callout.domain.payment.EntryKind;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertValuesStep9;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The ledger in PostgreSQL: append-only rows (a trigger refuses updates and deletes), and a
 * deferred constraint trigger that refuses to commit a payment whose entries do not sum to zero.
 */
@Singleton
public final class PostgresLedger implements Ledger {

    private static final List<String> EARNING_KINDS = List.of(EntryKind.PROVIDER_EARNING.wireName(),
            EntryKind.EARNING_REVERSAL.wireName());

    private final Sql sql;

    PostgresLedger(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sql.run(dsl -> {
            InsertValuesStep9<Record, String, String, String, String, Long, String, String, String, Instant> insert =
                    dsl.insertInto(TABLE, JOB_ID, PAYMENT_ID, ACCOUNT_TYPE, ACCOUNT_OWNER, AMOUNT_MINOR, CURRENCY, KIND,
                            METHOD, RECORDED_AT);
            for (LedgerEntry e : entries) {
                insert = insert.values(e.jobId().value(), e.paymentId().value(), e.account().type().wireName(),
                        e.account().owner() == null ? null : e.account().owner().value(), e.amount().minor(),
                        e.amount().currency().getCurrencyCode(), e.kind().wireName(), e.method().wireName(), e.at());
            }
            return insert.execute();
        });
    }

    @Override
    public List<LedgerEntry> forJob(JobId jobId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(JOB_ID.eq(jobId.value())).orderBy(ID)
                .fetch(PostgresLedger::toEntry));
    }

    @Override
    public List<Money> balances(LedgerAccount account) {
        Field<BigDecimal> sum = DSL.sum(AMOUNT_MINOR);
        return sql.run(dsl -> dsl.select(CURRENCY, sum).from(TABLE).where(of(account)).groupBy(CURRENCY).orderBy(CURRENCY)
                .fetch(row -> Money.ofMinor(row.get(sum).longValueExact(), row.get(CURRENCY))));
    }

    @Override
    public List<EarningsSummary> earnings(UserId provider, Instant from, Instant to) {
        Field<BigDecimal> earned = DSL.sum(AMOUNT_MINOR).filterWhere(KIND.in(EARNING_KINDS).and(period(from, to)));
        Field<BigDecimal> pending = DSL.sum(AMOUNT_MINOR);
        return sql.run(dsl -> dsl.select(CURRENCY, earned, pending).from(TABLE).where(of(LedgerAccount.provider(provider)))
                .groupBy(CURRENCY).orderBy(CURRENCY)
                .fetch(row -> new EarningsSummary(
                        Money.ofMinor(row.get(earned) == null ? 0 : row.get(earned).longValueExact(), row.get(CURRENCY)),
                        Money.ofMinor(row.get(pending).longValueExact(), row.get(CURRENCY)))));
    }

    @Override
    public Page<LedgerEntry> earningEntries(UserId provider, Instant from, Instant to, PageRequest page) {
        Condition where = of(LedgerAccount.provider(provider)).and(KIND.in(EARNING_KINDS)).and(period(from, to));
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(where).orderBy(ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(PostgresLedger::toEntry), page, dsl.fetchCount(TABLE, where)));
    }

    private static Condition of(LedgerAccount account) {
        Condition type = ACCOUNT_TYPE.eq(account.type().wireName());
        return account.owner() == null ? type.and(ACCOUNT_OWNER.isNull()) : type.and(ACCOUNT_OWNER.eq(account.owner().value()));
    }

    private static Condition period(Instant from, Instant to) {
        Condition condition = DSL.trueCondition();
        if (from != null) {
            condition = condition.and(RECORDED_AT.ge(from));
        }
        if (to != null) {
            condition = condition.and(RECORDED_AT.lt(to));
        }
        return condition;
    }

    private static LedgerEntry toEntry(Record r) {
        String owner = r.get(ACCOUNT_OWNER);
        return new LedgerEntry(new JobId(r.get(JOB_ID)), new PaymentId(r.get(PAYMENT_ID)),
                new LedgerAccount(AccountType.valueOf(JobMapper.upper(r.get(ACCOUNT_TYPE))), owner == null ? null : new UserId(owner)),
                Money.ofMinor(r.get(AMOUNT_MINOR), r.get(CURRENCY)), EntryKind.valueOf(JobMapper.upper(r.get(KIND))),
                PaymentMethod.valueOf(JobMapper.upper(r.get(METHOD))), r.get(RECORDED_AT));
    }
}
