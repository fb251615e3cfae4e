package dev.callout.bootstrap;

import dev.callout.application.analytics.GetAnalyticsService;
import dev.callout.application.analytics.GetAnalyticsUseCase;
import dev.callout.application.port.Analytics;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The admin analytics, read from this deployment's {@link Analytics} adapter. */
@Factory
class AnalyticsUseCases {

    @Singleton
    GetAnalyticsUseCase getAnalytics(Analytics analytics, Clock clock) {
        return new GetAnalyticsService(analytics, clock);
    }
}
