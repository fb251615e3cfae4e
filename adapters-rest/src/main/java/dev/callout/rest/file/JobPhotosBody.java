package dev.callout.rest.file;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "JobPhotos")
public record JobPhotosBody(List<FileBody> photos) {
}
