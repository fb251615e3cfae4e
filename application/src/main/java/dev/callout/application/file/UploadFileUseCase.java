package dev.callout.application.file;

import dev.callout.domain.file.FileName;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Objects;

/**
 * Stores images. The type is decided by the bytes (JPEG, PNG, GIF, WebP), never by the name or a
 * declared content type; location and other metadata are stripped, and what is left must decode
 * whole, before anything is kept.
 * Job photos and dispute evidence name the job, whose party the uploader must be.
 */
public interface UploadFileUseCase {

    UploadResult upload(UploadCommand command);

    /** The customer of a job adds photos to it, all or none, up to the per-job limit. */
    PhotosResult addJobPhotos(Actor actor, JobId jobId, List<Upload> photos);

    /** An uploaded file; its name is reduced to a safe base name ({@link FileName}) at once. */
    record Upload(String originalName, byte[] bytes) {
        public Upload {
            Objects.requireNonNull(bytes, "bytes");
            originalName = FileName.safe(originalName);
        }
    }

    record UploadCommand(Actor actor, FilePurpose purpose, JobId jobId, Upload upload) {
        public UploadCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(upload, "upload");
        }
    }

    sealed interface UploadResult {
        record Uploaded(StoredFile file) implements UploadResult {
        }

        record Refused(FileRefusal reason) implements UploadResult {
        }
    }

    sealed interface PhotosResult {
        record Uploaded(List<StoredFile> files) implements PhotosResult {
            public Uploaded {
                files = List.copyOf(files);
            }
        }

        record Refused(FileRefusal reason) implements PhotosResult {
        }
    }
}
