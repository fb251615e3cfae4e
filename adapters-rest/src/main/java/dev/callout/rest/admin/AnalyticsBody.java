package dev.callout.rest.admin;

import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.GetAnalyticsUseCase.Summary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Analytics", description = "What was created in the period, as it stands now; definitions in docs/api.md")
record AnalyticsBody(AnalyticsPeriodBody period, AnalyticsJobsBody jobs, AnalyticsUsersBody users, AnalyticsPaymentsBody payments,
                     @Nullable @Schema(description = "mean time from posting to acceptance of the period's immediate "
                             + "jobs that were accepted, whole seconds rounded half up; null for none", example = "142")
                     Long avgJobAcceptanceTimeSeconds) {

    static AnalyticsBody of(Summary summary) {
        Figures figures = summary.figures();
        return new AnalyticsBody(AnalyticsPeriodBody.of(summary.period()), AnalyticsJobsBody.of(figures.jobs()),
                new AnalyticsUsersBody(figures.users().activeCustomers(), figures.users().activeWorkers(),
                        figures.users().newRegistrations()),
                AnalyticsPaymentsBody.of(figures), figures.jobs().averageAcceptanceSeconds());
    }
}
