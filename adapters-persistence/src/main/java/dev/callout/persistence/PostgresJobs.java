package dev.callout.persistence;

import static dev.callout.persistence.Tables.Jobs.*;

import dev.callout.application.Page;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Jobs in PostgreSQL, read and written with jOOQ over one column map ({@link JobMapper#columns}):
 * an insert (stored as version 1), and one conditional update guarded by the version read
 * ({@code UPDATE ... SET ..., version = version + 1 WHERE id = ? AND version = ?}). Of two racing
 * updates from the same read PostgreSQL lets exactly one match: the loser waits for the winner's
 * row lock, re-checks {@code version} on the new row and matches none, so it is STALE. No SELECT
 * FOR UPDATE.
 */
@Singleton
public final class PostgresJobs implements Jobs {

    /** The version a job has once first stored. */
    static final long FIRST_VERSION = 1;
    private static final Condition ACTIVE = STATUS.in(JobStatus.ACCEPTED.wireName(), JobStatus.EN_ROUTE.wireName(),
            JobStatus.IN_PROGRESS.wireName());

    private final Sql sql;

    PostgresJobs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Job job) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(JobMapper.columns(job)).set(VERSION, FIRST_VERSION).execute());
    }

    @Override
    public Optional<Job> byId(JobId id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id.value())).fetchOptional(JobMapper::toJob));
    }

    @Override
    public Optional<Job> byIdHeld(JobId id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id.value())).forUpdate().fetchOptional(JobMapper::toJob));
    }

    @Override
    public UpdateResult update(Job job) {
        int updated = sql.run(dsl -> dsl.update(TABLE).set(JobMapper.columns(job)).set(VERSION, VERSION.plus(1))
                .where(ID.eq(job.id().value()).and(VERSION.eq(job.version()))).execute());
        return updated == 1 ? UpdateResult.UPDATED : UpdateResult.STALE;
    }

    @Override
    public Page<Job> list(JobQuery query) {
        Condition where = scope(query.scope());
        if (query.status() != null) {
            where = where.and(STATUS.eq(query.status().wireName()));
        }
        if (query.category() != null) {
            where = where.and(CATEGORY.eq(query.category()));
        }
        if (query.ordersOnly()) {
            where = where.and(PRICE_BASIS.eq(PriceBasis.PACKAGE.wireName()));
        }
        Condition condition = where;
        return sql.run(dsl -> {
            long total = dsl.fetchCount(TABLE, condition);
            List<Job> items = total <= query.page().offset() ? List.of()
                    : dsl.select(ALL).from(TABLE).where(condition)
                            .orderBy(CREATED_AT.desc(), ID.desc())
                            .offset(query.page().offset()).limit(query.page().limit())
                            .fetch(JobMapper::toJob);
            return new Page<>(items, query.page(), total);
        });
    }

    @Override
    public Optional<Job> activeFor(UserId providerId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE)
                .where(PROVIDER_ID.eq(providerId.value()))
                .and(ACTIVE)
                .orderBy(ACCEPTED_AT.desc()).limit(1)
                .fetchOptional(JobMapper::toJob));
    }

    /** One statement: each provider's latest accepted active job ({@code DISTINCT ON}). */
    @Override
    public Map<UserId, Job> activeFor(Collection<UserId> providerIds) {
        if (providerIds.isEmpty()) {
            return Map.of();
        }
        return sql.run(dsl -> dsl.select(ALL).distinctOn(PROVIDER_ID).from(TABLE)
                .where(PROVIDER_ID.eq(DSL.any(DSL.val(providerIds.stream().map(UserId::value).toArray(String[]::new),
                        SQLDataType.VARCHAR.array()))))
                .and(ACTIVE)
                .orderBy(PROVIDER_ID, ACCEPTED_AT.desc())
                .fetch(JobMapper::toJob).stream().collect(Collectors.toMap(Job::providerId, job -> job)));
    }

    /** An index-only count over {@code jobs_provider_completed}. */
    @Override
    public long completedBy(UserId providerId) {
        return sql.run(dsl -> dsl.fetchCount(TABLE, PROVIDER_ID.eq(providerId.value())
                .and(STATUS.eq(JobStatus.COMPLETED.wireName()))));
    }

    private static Condition scope(JobQuery.Scope scope) {
        return switch (scope) {
            case JobQuery.Scope.OfCustomer customer -> CUSTOMER_ID.eq(customer.customerId().value());
            case JobQuery.Scope.OfProvider provider -> PROVIDER_ID.eq(provider.providerId().value()).or(
                    STATUS.eq(JobStatus.REQUESTED.wireName())
                            .and(CATEGORY.in(provider.categories()))
                            .and(DSL.condition("not ({0} = any({1}))", DSL.val(provider.providerId().value()),
                                    EXCLUDED_PROVIDER_IDS)));
            case JobQuery.Scope.OfParty party -> CUSTOMER_ID.eq(party.userId().value())
                    .or(PROVIDER_ID.eq(party.userId().value()));
            case JobQuery.Scope.All all -> DSL.noCondition();
        };
    }
}
