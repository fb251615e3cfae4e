package dev.callout.rest.dispute;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "DisputeRequest")
public record RaiseDisputeBody(@Nullable String jobId, @Nullable String reason, @Nullable List<String> evidenceFileIds) {
}
