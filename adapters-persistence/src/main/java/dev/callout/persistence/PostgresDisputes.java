package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Disputes.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Disputes;
import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import dev.callout.persistence.TrustTables.DisputeEvidence;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The disputes table; the unique job constraint keeps one dispute per job under races. Evidence is
 * also a row of {@code dispute_evidence}, whose foreign key keeps each cited file from deletion.
 */
@Singleton
public final class PostgresDisputes implements Disputes {

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresDisputes(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public AddResult add(Dispute dispute, Job job) {
        List<String> evidence = dispute.evidenceFileIds();
        return transactions.inTransaction(() -> {
            // KEY SHARE waits for a deletion of a cited file under way and then finds it gone, so the
            // insert below never fails on the foreign key
            int present = evidence.isEmpty() ? 0 : sql.run(dsl -> dsl.select(TrustTables.Files.ID).from(TrustTables.Files.TABLE)
                    .where(TrustTables.Files.ID.in(evidence)).forKeyShare().fetch()).size();
            if (present < Set.copyOf(evidence).size()) {
                return AddResult.EVIDENCE_MISSING;
            }
            int added = sql.run(dsl -> dsl.insertInto(TABLE).set(ID, dispute.id().value()).set(JOB_ID, dispute.jobId().value())
                    .set(CUSTOMER_ID, job.customerId().value())
                    .set(PROVIDER_ID, job.providerId() == null ? null : job.providerId().value())
                    .set(RAISED_BY, dispute.raisedBy().value()).set(REASON, dispute.reason())
                    .set(EVIDENCE, evidence.toArray(String[]::new))
                    .set(STATUS, dispute.status().wireName()).set(CREATED_AT, dispute.createdAt())
                    .onConflict(JOB_ID).doNothing().execute());
            if (added == 0) {
                return AddResult.ALREADY_EXISTS;
            }
            for (String fileId : Set.copyOf(evidence)) {
                sql.run(dsl -> dsl.insertInto(DisputeEvidence.TABLE).set(DisputeEvidence.DISPUTE_ID, dispute.id().value())
                        .set(DisputeEvidence.FILE_ID, fileId).execute());
            }
            return AddResult.ADDED;
        });
    }

    @Override
    public boolean cites(String fileId) {
        return sql.run(dsl -> dsl.fetchExists(DisputeEvidence.TABLE, DisputeEvidence.FILE_ID.eq(fileId)));
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
