package dev.callout.rest.admin;

import dev.callout.application.analytics.GetAnalyticsUseCase;
import dev.callout.application.analytics.Interval;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.QueryInstant;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** The platform's figures for a period, whole or step by step (BlueWork's admin analytics). Admins only. */
@CanonicalApi
@Controller("/api/v1/admin/analytics")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin")
public class AnalyticsController {

    private static final String FROM = "ISO date (from the start of that day, UTC) or instant; "
            + "default: 30 days before to";
    private static final String TO = "ISO date (to the end of that day, UTC) or instant, excluded; "
            + "default: the end of today (UTC); at most 3660 days after from";

    private final CurrentActor currentActor;
    private final GetAnalyticsUseCase analytics;

    public AnalyticsController(CurrentActor currentActor, GetAnalyticsUseCase analytics) {
        this.currentActor = currentActor;
        this.analytics = analytics;
    }

    @Get("{?from,to}")
    @Operation(summary = "Jobs, users and payments of a period: what was created in it, as it stands now",
            description = "Every number is defined in docs/api.md (Admin analytics). 400 VALIDATION_ERROR for an unreadable "
                    + "from or to, to not after from, or a period over 3660 days.")
    public AnalyticsBody summary(Authentication authentication,
                                 @Parameter(description = FROM) @Nullable @QueryValue String from,
                                 @Parameter(description = TO) @Nullable @QueryValue String to) {
        return analytics.summary(currentActor.of(authentication), QueryInstant.start(from, "from"), QueryInstant.end(to, "to"))
                .map(AnalyticsBody::of)
                .orElseThrow(AnalyticsController::forbidden);
    }

    @Get("/series{?from,to,interval}")
    @Operation(summary = "The same figures step by step: jobs by status, completion rate, acceptance time and payments "
            + "per hour, day or week",
            description = "Steps start at from and every interval after it; the last ends at to. At most 1000 steps: else "
                    + "400 VALIDATION_ERROR naming interval.")
    public AnalyticsSeriesBody series(Authentication authentication,
                             @Parameter(description = FROM) @Nullable @QueryValue String from,
                             @Parameter(description = TO) @Nullable @QueryValue String to,
                             @Parameter(description = "hour, day (default) or week") @Nullable @QueryValue String interval) {
        Interval step = interval == null ? Interval.DAY : Interval.fromWireName(interval)
                .orElseThrow(() -> ApiError.validation(Map.of("interval", "must be hour, day or week")));
        return analytics.series(currentActor.of(authentication), QueryInstant.start(from, "from"), QueryInstant.end(to, "to"),
                        step)
                .map(AnalyticsSeriesBody::of)
                .orElseThrow(AnalyticsController::forbidden);
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this");
    }
}
