package dev.callout.rest.admin;

import dev.callout.application.analytics.GetAnalyticsUseCase.Series;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "AnalyticsSeries")
record AnalyticsSeriesBody(AnalyticsPeriodBody period, @Schema(allowableValues = {"hour", "day", "week"}) String interval,
                           @Schema(description = "every step from the period's start, empty ones included") List<AnalyticsPointBody> data) {

    static AnalyticsSeriesBody of(Series series) {
        List<AnalyticsPointBody> points = series.buckets().stream().map(bucket -> AnalyticsPointBody.of(bucket, series)).toList();
        return new AnalyticsSeriesBody(AnalyticsPeriodBody.of(series.period()), series.interval().wireName(), points);
    }
}
