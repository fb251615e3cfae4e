package dev.callout.persistence;

import dev.callout.application.port.JobDeletions;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Deletes a job row and what refers to it, children first so that no foreign key has to decide
 * between two cascades: messages (which may show the job's photos), the dispute (its evidence
 * follows), files, reviews, the dispatch round, timers and notifications (found by the job their
 * payload names, index {@code notifications_job}), payments that took no money, then the job. The job is locked {@code FOR UPDATE}
 * first, which makes any insert that refers to it (a payment, a message) wait and then fail.
 */
@Singleton
public final class PostgresJobDeletions implements JobDeletions {

    private final Sql sql;

    PostgresJobDeletions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Job> lock(JobId jobId) {
        return sql.run(dsl -> dsl.select(Tables.Jobs.ALL).from(Tables.Jobs.TABLE).where(Tables.Jobs.ID.eq(jobId.value()))
                .forUpdate().fetchOptional(JobMapper::toJob));
    }

    @Override
    public boolean hasPayments(JobId jobId) {
        return sql.run(dsl -> dsl.fetchExists(PaymentTables.Payments.TABLE, PaymentTables.Payments.JOB_ID.eq(jobId.value()))
                || dsl.fetchExists(PaymentTables.LedgerEntries.TABLE, PaymentTables.LedgerEntries.JOB_ID.eq(jobId.value())));
    }

    @Override
    public boolean holdsMoney(JobId jobId) {
        return sql.run(dsl -> dsl.fetchExists(PaymentTables.Payments.TABLE, PaymentTables.Payments.JOB_ID.eq(jobId.value())
                        .and(PaymentTables.Payments.STAGE.notIn("cancelled", "failed").or(PaymentTables.Payments.PENDING_CALL.isNotNull())))
                || dsl.fetchExists(PaymentTables.LedgerEntries.TABLE, PaymentTables.LedgerEntries.JOB_ID.eq(jobId.value())));
    }

    @Override
    public List<String> delete(JobId jobId) {
        String job = jobId.value();
        return sql.run(dsl -> {
            List<String> fileIds = dsl.select(TrustTables.Files.ID).from(TrustTables.Files.TABLE)
                    .where(TrustTables.Files.JOB_ID.eq(job)).fetch(TrustTables.Files.ID);
            dsl.deleteFrom(TrustTables.Messages.TABLE).where(TrustTables.Messages.JOB_ID.eq(job)).execute();
            dsl.deleteFrom(TrustTables.Disputes.TABLE).where(TrustTables.Disputes.JOB_ID.eq(job)).execute();
            dsl.deleteFrom(TrustTables.Files.TABLE).where(TrustTables.Files.JOB_ID.eq(job)).execute();
            dsl.deleteFrom(TrustTables.Reviews.TABLE).where(TrustTables.Reviews.JOB_ID.eq(job)).execute();
            dsl.deleteFrom(DispatchTables.Rounds.TABLE).where(DispatchTables.Rounds.JOB_ID.eq(job)).execute();
            deleteTimers(dsl, job);
            dsl.deleteFrom(TrustTables.Notifications.TABLE)
                    .where(DSL.field("{0} ->> 'job_id'", String.class, TrustTables.Notifications.PAYLOAD).eq(job)).execute();
            dsl.deleteFrom(PaymentTables.Payments.TABLE).where(PaymentTables.Payments.JOB_ID.eq(job)).execute();
            dsl.deleteFrom(Tables.Jobs.TABLE).where(Tables.Jobs.ID.eq(job)).execute();
            return fileIds;
        });
    }

    /**
     * A timer being fired holds its row and waits for the job's lock; it is skipped rather than
     * waited for (which would deadlock), and once the deletion commits its work finds no job.
     */
    private static void deleteTimers(DSLContext dsl, String job) {
        dsl.deleteFrom(DispatchTables.Timers.TABLE).where(DispatchTables.Timers.ID.in(
                DSL.select(DispatchTables.Timers.ID).from(DispatchTables.Timers.TABLE)
                        .where(DispatchTables.Timers.JOB_ID.eq(job)).forUpdate().skipLocked())).execute();
    }
}
