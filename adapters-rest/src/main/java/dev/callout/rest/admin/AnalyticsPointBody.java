package dev.callout.rest.admin;

import dev.callout.application.analytics.Bucket;
import dev.callout.application.analytics.GetAnalyticsUseCase.Series;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "AnalyticsPoint", description = "the jobs posted and the payments opened from start (included) to end")
record AnalyticsPointBody(Instant start, Instant end, AnalyticsJobsBody jobs, @Nullable Long avgJobAcceptanceTimeSeconds,
                          List<AnalyticsCurrencyPaymentsBody> payments) {

    static AnalyticsPointBody of(Bucket bucket, Series series) {
        Instant next = bucket.start().plus(series.interval().length());
        Instant end = next.isAfter(series.period().to()) ? series.period().to() : next;
        return new AnalyticsPointBody(bucket.start(), end, AnalyticsJobsBody.of(bucket.jobs()), bucket.jobs().averageAcceptanceSeconds(),
                AnalyticsCurrencyPaymentsBody.of(bucket.payments()));
    }
}
