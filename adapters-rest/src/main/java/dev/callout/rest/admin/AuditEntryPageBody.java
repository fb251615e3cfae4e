package dev.callout.rest.admin;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of audit log entries. */
@Serdeable
@Schema(name = "AuditEntryPage")
public record AuditEntryPageBody(List<AuditEntryBody> data, PageMetaBody meta) {
}
