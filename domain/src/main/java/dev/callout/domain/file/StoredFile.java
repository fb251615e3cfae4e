package dev.callout.domain.file;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An uploaded image, its metadata already stripped: who owns it, what it is for, what it is. The
 * original name is a safe base name ({@link FileName}), also for records stored before that rule.
 * A job image without a job was uploaded for a job not yet posted.
 */
public record StoredFile(String id, UserId ownerId, FilePurpose purpose, JobId jobId, String originalName,
                         ImageFormat format, long size, Instant createdAt) {

    public static final String PREFIX = "fil";

    public StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(createdAt, "createdAt");
        originalName = FileName.safe(originalName);
        if (!purpose.admitsJob(jobId != null)) {
            throw new IllegalArgumentException("dispute files name their job, profile files none");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("a file has bytes");
        }
    }

    public static String nextId(IdGenerator ids) {
        return ids.next(PREFIX);
    }
}
