package dev.callout.rest.admin;

import dev.callout.application.analytics.JobFigures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "AnalyticsJobs", description = "the jobs posted in the period, by their status now: "
        + "total = completed + cancelled + disputed + no_provider_found + open")
record AnalyticsJobsBody(long total, long completed, long cancelled, long disputed, long noProviderFound,
                         @Schema(description = "requested, accepted, en route or in progress") long open,
                         @Nullable @Schema(description = "completed / (total - open); " + AnalyticsRate.DESCRIPTION, example = "0.9048")
                         String completionRate) {

    static AnalyticsJobsBody of(JobFigures jobs) {
        return new AnalyticsJobsBody(jobs.total(), jobs.completed(), jobs.cancelled(), jobs.disputed(), jobs.noProviderFound(),
                jobs.open(), AnalyticsRate.of(jobs.completionRate()));
    }
}
