package dev.callout.rest.provider;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The open jobs near the provider, nearest first. */
@Serdeable
@Schema(name = "NearbyJobs")
public record NearbyJobsBody(List<NearbyJobBody> data) {
}
