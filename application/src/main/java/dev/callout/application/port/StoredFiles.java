package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.file.Deletion;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What is known about uploaded files (the bytes are in {@link FileContents}). */
public interface StoredFiles {

    void add(StoredFile file);

    /**
     * Adds photos of a job (all or none) unless the job would then have more than {@code max}; false
     * then. Concurrent adds for one job are decided one after the other, so the cap holds.
     */
    boolean addJobPhotos(JobId jobId, List<StoredFile> photos, int max);

    Optional<StoredFile> byId(String id);

    /**
     * The file, for a reference the caller's transaction is about to write: PostgreSQL holds the
     * row until the transaction ends, so a deletion under way is waited for (and the file is then
     * gone) and one that starts later sees the reference and refuses. Outside a transaction, or in
     * memory, it is {@link #byId}.
     */
    Optional<StoredFile> holdForReference(String id);

    /**
     * The files of these ids that exist, for the caller's transaction to attach to a job: PostgreSQL
     * locks them until it ends, so a deletion or another attachment waits and then sees the result.
     */
    List<StoredFile> holdForAttaching(Collection<String> ids);

    /** Makes these (held, unattached) job images the job's. */
    void attach(Collection<String> ids, JobId jobId);

    /**
     * Removes the record as the caller read it: NOT_FOUND when there is none, IN_USE when the store
     * itself knows of a reference to it (PostgreSQL's foreign keys, for a dispute or message written
     * since the caller checked; the in-memory store keeps none) or it was attached to a job since.
     */
    Deletion delete(StoredFile file);

    /** Of these ids, those that have a record. */
    Set<String> existing(Collection<String> ids);

    /** The owner's files, newest first, of one purpose when given. */
    Page<StoredFile> byOwner(UserId owner, FilePurpose purpose, PageRequest page);

    /** The job photos (purpose job) of these jobs, oldest upload first (then by id). */
    List<StoredFile> photosOf(Collection<JobId> jobIds);

    /** How many files of this purpose belong to the job. */
    int countForJob(JobId jobId, FilePurpose purpose);
}
