package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Disputes.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.dispute.Disputes;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The disputes table; the unique job constraint keeps one dispute per job under races. */
@Singleton
public final class PostgresDisputes implements Disputes {

    private final Sql sql;

    PostgresDisputes(Sql sql) {
        this.sql = sql;
    }

    @Override
    public AddResult add(Dispute dispute, Job job) {
        int added = sql.run(dsl -> dsl.insertInto(TABLE).set(ID, dispute.id().value()).set(JOB_ID, dispute.jobId().value())
                .set(CUSTOMER_ID, job.customerId().value())
                .set(PROVIDER_ID, job.providerId() == null ? null : job.providerId().value())
                .set(RAISED_BY, dispute.raisedBy().value()).set(REASON, dispute.reason())
                .set(EVIDENCE, dispute.evidenceFileIds().toArray(String[]::new))
                .set(STATUS, dispute.status().wireName()).set(CREATED_AT, dispute.createdAt())
                .onConflict(JOB_ID).doNothing().execute());
        return added == 1 ? AddResult.ADDED : AddResult.ALREADY_EXISTS;
    }

    @Override
    public Optional<Dispute> byId(DisputeId id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id.value())).fetchOptional(PostgresDisputes::dispute));
    }

    @Override
    public Optional<Dispute> byJob(JobId jobId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(JOB_ID.eq(jobId.value())).fetchOptional(PostgresDisputes::dispute));
    }

    @Override
    public boolean update(Dispute dispute, DisputeStatus expected) {
        Money refund = dispute.refundAmount();
        return sql.run(dsl -> dsl.update(TABLE).set(STATUS, dispute.status().wireName())
                .set(RESOLUTION, dispute.resolution() == null ? null : dispute.resolution().wireName())
                .set(REFUND_MINOR, refund == null ? null : refund.minor())
                .set(REFUND_CURRENCY, refund == null ? null : refund.currency().getCurrencyCode())
                .set(DECISION_NOTE, dispute.decisionNote())
                .set(DECIDED_BY, dispute.decidedBy() == null ? null : dispute.decidedBy().value())
                .set(REVIEW_STARTED_AT, dispute.reviewStartedAt()).set(RESOLVED_AT, dispute.resolvedAt())
                .where(ID.eq(dispute.id().value()), STATUS.eq(expected.wireName())).execute()) == 1;
    }

    @Override
    public Page<Dispute> list(UserId party, PageRequest page) {
        Condition visible = party == null ? DSL.noCondition()
                : CUSTOMER_ID.eq(party.value()).or(PROVIDER_ID.eq(party.value()));
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(visible).orderBy(CREATED_AT.desc(), ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(PostgresDisputes::dispute), page,
                dsl.fetchCount(TABLE, visible)));
    }

    private static Dispute dispute(Record row) {
        Money refund = row.get(REFUND_MINOR) == null ? null : Money.ofMinor(row.get(REFUND_MINOR), row.get(REFUND_CURRENCY));
        return new Dispute(new DisputeId(row.get(ID)), new JobId(row.get(JOB_ID)), new UserId(row.get(RAISED_BY)),
                row.get(REASON), List.of(row.get(EVIDENCE)),
                DisputeStatus.valueOf(row.get(STATUS).toUpperCase(Locale.ROOT)),
                row.get(RESOLUTION) == null ? null : Resolution.fromWireName(row.get(RESOLUTION)).orElseThrow(),
                refund, row.get(DECISION_NOTE), row.get(DECIDED_BY) == null ? null : new UserId(row.get(DECIDED_BY)),
                row.get(CREATED_AT), row.get(REVIEW_STARTED_AT), row.get(RESOLVED_AT));
    }
}
