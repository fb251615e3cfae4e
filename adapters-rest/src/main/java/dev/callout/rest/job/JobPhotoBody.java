package dev.callout.rest.job;

import dev.callout.domain.file.StoredFile;
import dev.callout.rest.file.FileBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One photo of a job: where GET /files/{id} serves it, who added it and when. */
@Serdeable
@Schema(name = "JobPhoto")
public record JobPhotoBody(String id, String url, String ownerId, Instant uploadedAt) {

    static JobPhotoBody of(StoredFile photo) {
        return new JobPhotoBody(photo.id(), FileBody.url(photo.id()), photo.ownerId().value(), photo.createdAt());
    }
}
