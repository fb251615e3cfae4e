package dev.callout.rest.admin;

import dev.callout.application.analytics.AnalyticsPeriod;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "AnalyticsPeriod", description = "from included, to excluded")
record AnalyticsPeriodBody(Instant from, Instant to) {
    static AnalyticsPeriodBody of(AnalyticsPeriod period) {
        return new AnalyticsPeriodBody(period.from(), period.to());
    }
}
