package dev.callout.persistence;

import static dev.callout.persistence.TrustTables.Files.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.file.FilePurpose;
import dev.callout.application.file.StoredFile;
import dev.callout.application.file.StoredFiles;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The files table: who owns each upload, what it is for and what it is. */
@Singleton
public final class PostgresStoredFiles implements StoredFiles {

    private final Sql sql;

    PostgresStoredFiles(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(StoredFile file) {
        sql.run(dsl -> dsl.insertInto(TABLE).set(ID, file.id()).set(OWNER_ID, file.ownerId().value())
                .set(PURPOSE, file.purpose().wireName()).set(JOB_ID, file.jobId() == null ? null : file.jobId().value())
                .set(ORIGINAL_NAME, file.originalName()).set(MEDIA_TYPE, file.format().mediaType())
                .set(SIZE_BYTES, file.size()).set(CREATED_AT, file.createdAt()).execute());
    }

    @Override
    public Optional<StoredFile> byId(String id) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(ID.eq(id)).fetchOptional(PostgresStoredFiles::file));
    }

    @Override
    public boolean delete(String id) {
        return sql.run(dsl -> dsl.deleteFrom(TABLE).where(ID.eq(id)).execute()) == 1;
    }

    @Override
    public Page<StoredFile> byOwner(UserId owner, FilePurpose purpose, PageRequest page) {
        Condition mine = OWNER_ID.eq(owner.value()).and(purpose == null ? DSL.noCondition() : PURPOSE.eq(purpose.wireName()));
        return sql.run(dsl -> new Page<>(dsl.select(ALL).from(TABLE).where(mine).orderBy(CREATED_AT.desc(), ID.desc())
                .limit(page.limit()).offset(page.offset()).fetch(PostgresStoredFiles::file), page, dsl.fetchCount(TABLE, mine)));
    }

    @Override
    public int countForJob(JobId jobId, FilePurpose purpose) {
        return sql.run(dsl -> dsl.fetchCount(TABLE, JOB_ID.eq(jobId.value()).and(PURPOSE.eq(purpose.wireName()))));
    }

    private static StoredFile file(Record row) {
        ImageFormat format = Arrays.stream(ImageFormat.values()).filter(f -> f.mediaType().equals(row.get(MEDIA_TYPE)))
                .findFirst().orElseThrow();
        return new StoredFile(row.get(ID), new UserId(row.get(OWNER_ID)), FilePurpose.fromWireName(row.get(PURPOSE)).orElseThrow(),
                row.get(JOB_ID) == null ? null : new JobId(row.get(JOB_ID)), row.get(ORIGINAL_NAME), format,
                row.get(SIZE_BYTES), row.get(CREATED_AT));
    }
}
