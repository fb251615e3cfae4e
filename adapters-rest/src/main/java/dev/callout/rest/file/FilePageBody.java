package dev.callout.rest.file;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of files. */
@Serdeable
@Schema(name = "FilePage")
public record FilePageBody(List<FileBody> data, PageMetaBody meta) {
}
