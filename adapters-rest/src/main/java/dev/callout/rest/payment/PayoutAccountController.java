package dev.callout.rest.payment;

import dev.callout.application.payment.PayoutAccountUseCase.LinkPayoutAccountCommand;
import dev.callout.application.payment.PayoutAccountUseCase.LinkResult;
import dev.callout.application.payment.PayoutAccountUseCase.ReadResult;
import dev.callout.application.payment.PayoutAccountUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The Stripe connected account a provider's card payments pay out to: the provider links,
 * reads and unlinks their own; admins read any provider's.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
public class PayoutAccountController {

    private final CurrentActor currentActor;
    private final PayoutAccountUseCase payoutAccounts;

    public PayoutAccountController(CurrentActor currentActor, PayoutAccountUseCase payoutAccounts) {
        this.currentActor = currentActor;
        this.payoutAccounts = payoutAccounts;
    }

    @Put("/providers/me/payout-account")
    @Secured("provider")
    @Operation(summary = "Link your Stripe connected account: card payments opened from now on pay out to it with the charge",
            description = "With a Stripe key the account must exist for this platform and be able to receive transfers "
                    + "(422 PAYOUT_ACCOUNT_INVALID; 503 PAYMENT_GATEWAY_UNAVAILABLE when Stripe does not answer). "
                    + "Payments already opened keep their routing. 400 VALIDATION_ERROR for a malformed id.")
    public HttpResponse<PayoutAccountBody> link(Authentication authentication, @Body PayoutAccountRequestBody body) {
        return switch (payoutAccounts.link(new LinkPayoutAccountCommand(currentActor.of(authentication), body.stripeAccountId()))) {
            case LinkResult.Linked linked -> HttpResponse.ok(PayoutAccountBody.of(linked.account()));
            case LinkResult.NotAProvider notAProvider -> forbidden().answer();
            case LinkResult.Invalid invalid -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "PAYOUT_ACCOUNT_INVALID",
                    invalid.reason()).answer();
            case LinkResult.GatewayUnavailable unavailable -> new ApiError(HttpStatus.SERVICE_UNAVAILABLE,
                    "PAYMENT_GATEWAY_UNAVAILABLE", "the payment gateway did not answer; nothing changed, try again").answer();
        };
    }

    @Get("/providers/me/payout-account")
    @Secured("provider")
    @Operation(summary = "Your linked Stripe connected account (404 PAYOUT_ACCOUNT_NOT_FOUND when none)")
    public HttpResponse<PayoutAccountBody> own(Authentication authentication) {
        Actor provider = currentActor.of(authentication);
        return read(provider, provider.id());
    }

    @Delete("/providers/me/payout-account")
    @Secured("provider")
    @Operation(summary = "Unlink your Stripe connected account: later payments accrue as your pending payout",
            description = "Payments already opened keep their routing. 404 PAYOUT_ACCOUNT_NOT_FOUND when none is linked.")
    @ApiResponse(responseCode = "204")
    public HttpResponse<Void> unlink(Authentication authentication) {
        return switch (payoutAccounts.unlink(currentActor.of(authentication))) {
            case UNLINKED -> HttpResponse.noContent();
            case NO_ACCOUNT -> notLinked().answer();
            case NOT_A_PROVIDER -> forbidden().answer();
        };
    }

    @Get("/admin/providers/{id}/payout-account")
    @Secured("admin")
    @Operation(summary = "A provider's linked Stripe connected account",
            description = "404 USER_NOT_FOUND (also for non-providers), 404 PAYOUT_ACCOUNT_NOT_FOUND when none is linked")
    public HttpResponse<PayoutAccountBody> ofProvider(Authentication authentication, @PathVariable String id) {
        Actor admin = currentActor.of(authentication);
        if (!Prefixed.matches(id, UserId.PREFIX)) {
            throw noSuchProvider();
        }
        return read(admin, new UserId(id));
    }

    private HttpResponse<PayoutAccountBody> read(Actor actor, UserId provider) {
        return switch (payoutAccounts.read(actor, provider)) {
            case ReadResult.Found found -> HttpResponse.ok(PayoutAccountBody.of(found.account()));
            case ReadResult.NoAccount none -> notLinked().answer();
            case ReadResult.NoSuchProvider missing -> noSuchProvider().answer();
        };
    }

    private static ApiError notLinked() {
        return ApiError.notFound("PAYOUT_ACCOUNT_NOT_FOUND", "no payout account is linked");
    }

    private static ApiError noSuchProvider() {
        return ApiError.notFound("USER_NOT_FOUND", "no such provider");
    }

    private static ApiError forbidden() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "only providers have payout accounts");
    }
}
