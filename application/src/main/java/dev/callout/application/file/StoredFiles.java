package dev.callout.application.file;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** What is known about uploaded files (the bytes are in {@link FileContents}). */
public interface StoredFiles {

    void add(StoredFile file);

    Optional<StoredFile> byId(String id);

    /** Removes the record; false when there was none. */
    boolean delete(String id);

    /** The owner's files, newest first, of one purpose when given. */
    Page<StoredFile> byOwner(UserId owner, FilePurpose purpose, PageRequest page);

    /** How many files of this purpose belong to the job. */
    int countForJob(JobId jobId, FilePurpose purpose);
}
