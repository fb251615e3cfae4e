package dev.callout.rest.job;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of jobs. */
@Serdeable
@Schema(name = "JobPage")
public record JobPageBody(List<JobBody> data, PageMetaBody meta) {
}
