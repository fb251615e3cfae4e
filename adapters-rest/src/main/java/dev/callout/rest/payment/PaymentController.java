package dev.callout.rest.payment;

import dev.callout.application.PageRequest;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.payment.ConfirmCashUseCase;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.payment.GetPaymentUseCase;
import dev.callout.application.payment.ListPaymentsUseCase;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.payment.QuoteFeeUseCase.FeeQuote;
import dev.callout.application.payment.QuoteFeeUseCase.QuoteFeeCommand;
import dev.callout.application.payment.QuoteFeeUseCase;
import dev.callout.application.payment.RefundPaymentUseCase.RefundPaymentCommand;
import dev.callout.application.payment.RefundPaymentUseCase.RefundResult;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.payment.ReleasePaymentUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.user.Actor;
import dev.callout.rest.CanonicalApi;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.idempotency.IdempotentResponses;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

@CanonicalApi
@Controller("/api/v1/payments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
public class PaymentController {

    private static final String KEY_DESCRIPTION = "a repeat with the same key returns the first answer";

    private final CurrentActor currentActor;
    private final CreatePaymentUseCase create;
    private final GetPaymentUseCase get;
    private final ListPaymentsUseCase list;
    private final ReleasePaymentUseCase release;
    private final ConfirmCashUseCase confirmCash;
    private final RefundPaymentUseCase refund;
    private final QuoteFeeUseCase feeQuote;
    private final IdempotentResponses idempotent;

    public PaymentController(CurrentActor currentActor, CreatePaymentUseCase create, GetPaymentUseCase get,
                             ListPaymentsUseCase list, ReleasePaymentUseCase release, ConfirmCashUseCase confirmCash,
                             RefundPaymentUseCase refund, QuoteFeeUseCase feeQuote, IdempotentResponses idempotent) {
        this.currentActor = currentActor;
        this.create = create;
        this.get = get;
        this.list = list;
        this.release = release;
        this.confirmCash = confirmCash;
        this.refund = refund;
        this.feeQuote = feeQuote;
        this.idempotent = idempotent;
    }

    @Post
    @Secured("customer")
    @Operation(summary = "Pay for a job: card (held until the work is done; returns the Stripe client_secret), cash, gcash or maya",
            description = "201 with the payment; 202 when the gateway did not answer yet (retried automatically). "
                    + "400 JOB_NOT_COMPLETED (cash and wallets pay for completed work), 402 PAYMENT_DECLINED, 404 JOB_NOT_FOUND, "
                    + "409 ALREADY_PAID, 422 PAYMENT_METHOD_UNSUPPORTED, JOB_NOT_PAYABLE, AMOUNT_MISMATCH")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PaymentBody.class)))
    public HttpResponse<?> create(Authentication authentication, @Body @Valid CreatePaymentBody body,
                                  @Parameter(description = KEY_DESCRIPTION) @Nullable @Header(IdempotentResponses.HEADER) String key) {
        Actor actor = currentActor.of(authentication);
        return idempotent.run(actor.id().value(), "POST /api/v1/payments", key, body, keeping -> {
            PaymentMethod method = PaymentMethod.fromWireName(body.method()).orElseThrow(() ->
                    ApiError.validation(Map.of("method", "must be one of card, cash, gcash, maya")));
            if (!Prefixed.matches(body.jobId(), JobId.PREFIX)) {
                throw PaymentResults.jobNotFound();
            }
            Function<PaymentResult, HttpResponse<?>> paid = result -> PaymentResults.answer(result, HttpStatus.CREATED,
                    PaymentResults.jobNotFound(), payment -> PaymentBody.of(payment, actor));
            return paid.apply(create.create(new CreatePaymentCommand(actor, new JobId(body.jobId()), method,
                    money(body.amount(), body.currency())), keeping.as(paid)));
        });
    }

    @Get("{?page,limit}")
    @Operation(summary = "The caller's payments, newest first, with totals paid and received per currency",
            description = "customers: what they paid; providers: payments for their jobs; admins: all (received = the platform's fees)")
    public PaymentHistoryBody list(Authentication authentication, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        ListPaymentsUseCase.PaymentHistory history = list.list(actor, request);
        return Pages.of(history.payments(), payment -> PaymentBody.of(payment, actor), (payments, meta) ->
                new PaymentHistoryBody(payments, meta, history.totals().stream().map(PaymentTotalsBody::of).toList()));
    }

    @Get("/{id}")
    @Operation(summary = "One payment: the job's parties and admins; anyone else gets 404 PAYMENT_NOT_FOUND")
    public PaymentBody get(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return get.get(actor, paymentId(id)).map(payment -> PaymentBody.of(payment, actor)).orElseThrow(PaymentResults::notFound);
    }

    @Post("/{id}/release")
    @Secured("customer")
    @Operation(summary = "Release the money to the provider: a hold is captured, the fee and the provider's net are booked",
            description = "Releasing twice changes nothing. 422 PAYMENT_NOT_RELEASABLE before the card was confirmed or after a cancellation")
    @ApiResponse(responseCode = "200", description = "the payment after the release",
            content = @Content(schema = @Schema(implementation = PaymentBody.class)))
    public HttpResponse<?> release(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return answer(release.release(actor, paymentId(id)), actor);
    }

    @Post("/{id}/cash-confirm")
    @Secured("provider")
    @Operation(summary = "The assigned provider confirms the cash was received; the payment completes",
            description = "400 NOT_CASH_PAYMENT, 403 FORBIDDEN for anyone but the assigned provider (others who cannot see the payment get 404)")
    @ApiResponse(responseCode = "200", description = "the completed payment",
            content = @Content(schema = @Schema(implementation = PaymentBody.class)))
    public HttpResponse<?> confirmCash(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return answer(confirmCash.confirm(actor, paymentId(id)), actor);
    }

    @Post("/{id}/refunds")
    @Secured("admin")
    @Operation(summary = "Refund all or part of a payment, with a reason; cards through the gateway",
            description = "201 with the refund; 422 REFUND_EXCEEDS_CAPTURED (never more than captured less refunded), "
                    + "422 PAYMENT_NOT_CAPTURED")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RefundBody.class)))
    public HttpResponse<?> refund(Authentication authentication, @PathVariable String id, @Body @Valid RefundRequestBody body,
                                  @Parameter(description = KEY_DESCRIPTION) @Nullable @Header(IdempotentResponses.HEADER) String key) {
        Actor actor = currentActor.of(authentication);
        PaymentId paymentId = paymentId(id);
        return idempotent.run(actor.id().value(), "POST /api/v1/payments/" + id + "/refunds", key, body,
                keeping -> refunded(refund.refund(new RefundPaymentCommand(actor, paymentId, money(body.amount(), null),
                        body.reason()), keeping.as(PaymentController::refunded))));
    }

    private static HttpResponse<?> refunded(RefundResult result) {
        return PaymentResults.answer(result.result(), HttpStatus.CREATED, PaymentResults.notFound(), payment -> RefundBody.of(
                payment.refunds().stream().filter(made -> made.id().equals(result.refundId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("refund " + result.refundId() + " was not recorded"))));
    }

    @Post("/fee-quote")
    @Operation(summary = "The platform fee and the provider's net for an amount (default 5%, or the category's rate)",
            description = "The fee is rounded half-up to the currency's minor unit and the net is the rest")
    @ApiResponse(responseCode = "200", description = "the fee and the net",
            content = @Content(schema = @Schema(implementation = FeeQuoteBody.class)))
    public HttpResponse<?> feeQuote(@Body @Valid FeeQuoteRequestBody body) {
        return switch (feeQuote.quote(new QuoteFeeCommand(body.amount(), body.currency(), body.category()))) {
            case FeeQuote.Quoted quoted -> HttpResponse.ok(FeeQuoteBody.of(quoted.rate(), quoted.split()));
            case FeeQuote.Invalid invalid -> ApiError.validation(invalid.fields()).response();
        };
    }

    private static HttpResponse<?> answer(PaymentResult result, Actor actor) {
        return PaymentResults.answer(result, HttpStatus.OK, PaymentResults.notFound(), payment -> PaymentBody.of(payment, actor));
    }

    private static MoneyInput money(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyInput(amount, currency);
    }

    /** A malformed id cannot name a payment: 404 like any payment the caller may not see. */
    private static PaymentId paymentId(String id) {
        if (!Prefixed.matches(id, PaymentId.PREFIX)) {
            throw PaymentResults.notFound();
        }
        return new PaymentId(id);
    }
}
