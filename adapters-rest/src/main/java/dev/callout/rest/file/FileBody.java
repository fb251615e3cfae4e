package dev.callout.rest.file;

import dev.callout.domain.file.StoredFile;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An uploaded file's record; {@code url} serves its bytes to those allowed to see them. */
@Serdeable
@Schema(name = "File")
public record FileBody(String id, String ownerId, String purpose, String jobId, String originalFilename,
                       String contentType, long fileSize, String url, Instant uploadedAt) {

    public static FileBody of(StoredFile file) {
        return new FileBody(file.id(), file.ownerId().value(), file.purpose().wireName(),
                file.jobId() == null ? null : file.jobId().value(), file.originalName(), file.format().mediaType(),
                file.size(), url(file.id()), file.createdAt());
    }

    /** Where {@code GET /files/{id}} serves the file; null for none. */
    public static String url(String fileId) {
        return fileId == null ? null : "/api/v1/files/" + fileId;
    }
}
