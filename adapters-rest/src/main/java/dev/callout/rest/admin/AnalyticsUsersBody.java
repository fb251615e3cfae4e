package dev.callout.rest.admin;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "AnalyticsUsers")
record AnalyticsUsersBody(@Schema(description = "customers who posted a job in the period") long activeCustomers,
                          @Schema(description = "providers who hold a job posted in the period") long activeWorkers,
                          @Schema(description = "customer and provider accounts created in the period, whatever their status now")
                          long newRegistrations) {
}
