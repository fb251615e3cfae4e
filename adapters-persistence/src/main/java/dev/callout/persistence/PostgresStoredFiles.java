package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Files.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.file.Deletion;
import dev.callout.application.port.StoredFiles;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The files table: who owns each upload, what it is for and what it is. Job photos are added with
 * the job's row locked, so concurrent uploads for one job count one after the other; foreign keys
 * from dispute evidence and messages keep the files they name.
 */
@Singleton
public final class PostgresStoredFiles implements StoredFiles {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresStoredFiles(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public void add(StoredFile file) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(ID, file.id()).set(OWNER_ID, file.ownerId().value())
                .set(PURPOSE, file.purpose().wireName()).set(JOB_ID, file.jobId() == null ? null : file.jobId().value())
                .set(ORIGINAL_NAME, file.originalName()).set(MEDIA_TYPE, file.format().mediaType())
                .set(SIZE_BYTES, file.size()).set(CREATED_AT, file.createdAt()).execute());
    }

    @Override
    public boolean addJobPhotos(JobId jobId, List<StoredFile> photos, int max) {
        return transactions.inTransaction(() -> {
            // NO KEY UPDATE: serialises photo uploads for the job without blocking rows that merely refer to it
            sql.run(dsl -> dsl.select(Tables.Jobs.ID).from(Tables.Jobs.TABLE).where(Tables.Jobs.ID.eq(jobId.value()))
                    .forNoKeyUpdate().fetch());
            if (countForJob(jobId, FilePurpose.JOB) + photos.size() > max) {
                return false;
            }
            photos.forEach(this::add);
            return true;
        });
    }

    @Override
    public Optional<StoredFile> byId(String id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id)).fetchOptional(PostgresStoredFiles::file));
    }

    @Override
    public Optional<StoredFile> holdForReference(String id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id)).forKeyShare()
                .fetchOptional(PostgresStoredFiles::file));
    }

    @Override
    public List<StoredFile> holdForAttaching(Collection<String> ids) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.in(ids)).orderBy(ID).forUpdate()
                .fetch(PostgresStoredFiles::file));
    }

    @Override
    public void attach(Collection<String> ids, JobId jobId) {
        sql.run(dsl -> dsl.update(TABLE).set(JOB_ID, jobId.value()).where(ID.in(ids)).execute());
    }

    /**
     * Outside a transaction: a reference written meanwhile fails the statement, not the caller's
     * transaction. Only the row as read is deleted: one attached to a job meanwhile (waited for while
     * the attaching transaction holds it) no longer matches, and stays.
     */
    @Override
    public Deletion delete(StoredFile file) {
        String jobId = file.jobId() == null ? null : file.jobId().value();
        try {
            if (sql.run(dsl -> dsl.deleteFrom(TABLE).where(ID.eq(file.id()), JOB_ID.isNotDistinctFrom(jobId)).execute()) == 1) {
                return Deletion.DELETED;
            }
            return byId(file.id()).isPresent() ? Deletion.IN_USE : Deletion.NOT_FOUND;
        } catch (DataAccessException e) {
            if (FOREIGN_KEY_VIOLATION.equals(e.sqlState())) {
                return Deletion.IN_USE;
            }
            throw e;
        }
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(sql.run(dsl -> dsl.select(ID).from(TABLE).where(ID.in(ids)).fetch(ID)));
    }

    @Override
    public Page<StoredFile> byOwner(UserId owner, FilePurpose purpose, PageRequest page) {
        Condition mine = OWNER_ID.eq(owner.value()).and(purpose == null ? DSL.noCondition() : PURPOSE.eq(purpose.wireName()));
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(mine).orderBy(CREATED_AT.desc(), ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(PostgresStoredFiles::file), page, dsl.fetchCount(TABLE, mine)));
    }

    @Override
    public List<StoredFile> photosOf(Collection<JobId> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = jobIds.stream().map(JobId::value).distinct().toList();
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(JOB_ID.in(ids), PURPOSE.eq(FilePurpose.JOB.wireName()))
                .orderBy(CREATED_AT, ID).fetch(PostgresStoredFiles::file));
    }

    @Override
    public int countForJob(JobId jobId, FilePurpose purpose) {
        return sql.run(dsl -> dsl.fetchCount(TABLE, JOB_ID.eq(jobId.value()).and(PURPOSE.eq(purpose.wireName()))));
    }

    private static StoredFile file(Record row) {
        return file(row.get(ID), row.get(OWNER_ID), row.get(PURPOSE), row.get(JOB_ID) == null ? null : new JobId(row.get(JOB_ID)),
                row.get(ORIGINAL_NAME), row.get(MEDIA_TYPE), row.get(SIZE_BYTES), row.get(CREATED_AT));
    }

    static StoredFile file(String id, String ownerId, String purpose, JobId jobId, String originalName, String mediaType,
                           long size, Instant createdAt) {
        ImageFormat format = Arrays.stream(ImageFormat.values()).filter(f -> f.mediaType().equals(mediaType)).findFirst().orElseThrow();
        return new StoredFile(id, new UserId(ownerId), FilePurpose.fromWireName(purpose).orElseThrow(), jobId, originalName, format,
                size, createdAt);
    }
}
