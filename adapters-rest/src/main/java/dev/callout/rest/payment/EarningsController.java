package dev.callout.rest.payment;

import dev.callout.application.PageRequest;
import dev.callout.application.payment.GetEarningsUseCase;
import dev.callout.application.payment.GetEarningsUseCase.Earnings;
import dev.callout.rest.body.PageBody;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.payment.PaymentBodies.EarningEntryBody;
import dev.callout.rest.payment.PaymentBodies.EarningsBody;
import dev.callout.rest.payment.PaymentBodies.EarningsSummaryBody;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

@Controller("/api/v1/providers/me/earnings")
@Secured("provider")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
public class EarningsController {

    private final CurrentActor currentActor;
    private final GetEarningsUseCase earnings;

    public EarningsController(CurrentActor currentActor, GetEarningsUseCase earnings) {
        this.currentActor = currentActor;
        this.earnings = earnings;
    }

    @Get("{?from,to,page,limit}")
    @Operation(summary = "The provider's earnings: per currency the total earned in the period and the payout pending now, "
            + "and the earning and reversal entries, newest first")
    public EarningsBody earnings(Authentication authentication,
                                 @Parameter(description = "ISO date (from the start of that day, UTC) or instant") @Nullable @QueryValue String from,
                                 @Parameter(description = "ISO date (to the end of that day, UTC) or instant, exclusive") @Nullable @QueryValue String to,
                                 @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        Earnings found = earnings.earnings(currentActor.of(authentication), instant(from, "from", false), instant(to, "to", true),
                request);
        PageBody<EarningEntryBody> entries = PageBody.of(found.entries(), EarningEntryBody::of);
        return new EarningsBody(found.summary().stream().map(EarningsSummaryBody::of).toList(), entries.data(), entries.meta());
    }

    private static Instant instant(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.validation(Map.of(field, "must be an ISO date (2026-02-24) or instant (2026-02-24T10:00:00Z)"));
        }
    }
}
