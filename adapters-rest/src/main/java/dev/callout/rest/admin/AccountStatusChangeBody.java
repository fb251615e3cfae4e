package dev.callout.rest.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "AccountStatusChange")
public record AccountStatusChangeBody(@Schema(allowableValues = {"active", "suspended"},
                                              description = "active approves a pending account or reinstates a suspended one") String status,
                                      @Nullable @Schema(example = "Documents checked", description = "kept in the audit log") String note) {
}
