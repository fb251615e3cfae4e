package dev.callout.rest.payment;

import dev.callout.application.PageRequest;
import dev.callout.application.payment.GetEarningsUseCase.Earnings;
import dev.callout.application.payment.GetEarningsUseCase;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.body.QueryInstant;
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

@CanonicalApi
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
        Earnings found = earnings.earnings(currentActor.of(authentication), QueryInstant.start(from, "from"),
                QueryInstant.end(to, "to"), request);
        return Pages.of(found.entries(), EarningEntryBody::of,
                (entries, meta) -> new EarningsBody(found.summary().stream().map(EarningsSummaryBody::of).toList(), entries, meta));
    }
}
