package dev.callout.rest.provider;

import dev.callout.rest.job.JobBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Serdeable
@Schema(name = "NearbyJob")
record NearbyJobBody(BigDecimal distanceKm, JobBody job) {
}
