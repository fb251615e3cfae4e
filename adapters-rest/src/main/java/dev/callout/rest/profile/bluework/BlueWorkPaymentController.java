package dev.callout.rest.profile.bluework;

import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.payment.ConfirmCashUseCase;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.GetPaymentUseCase;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.payment.RefundPaymentUseCase.RefundPaymentCommand;
import dev.callout.application.payment.RefundPaymentUseCase.RefundResult;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentRejection;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.payment.RefundId;
import dev.callout.domain.user.Actor;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * BlueWork's §5 Payments over the core's: a card is paid on the gateway's hosted page ({@code payment_url} and its
 * {@code expires_at}: Stripe Checkout, {@code callout.payments.hosted-checkout}), cash waits for the worker's
 * confirmation, gcash and maya are refused until a gateway supports them. The webhook is the core's own route. A user
 * who is not party to the job or payment is 403 FORBIDDEN, an unknown one 404 ({@code refuse-non-parties-openly}).
 */
@Hidden
@Controller("/api/v1/payments")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkPaymentController {

    private final CurrentActor currentActor;
    private final GetJobUseCase jobs;
    private final CreatePaymentUseCase create;
    private final GetPaymentUseCase get;
    private final ConfirmCashUseCase confirmCash;
    private final RefundPaymentUseCase refund;
    private final Clock clock;

    BlueWorkPaymentController(CurrentActor currentActor, GetJobUseCase jobs, CreatePaymentUseCase create, GetPaymentUseCase get,
                              ConfirmCashUseCase confirmCash, RefundPaymentUseCase refund, Clock clock) {
        this.currentActor = currentActor;
        this.jobs = jobs;
        this.create = create;
        this.get = get;
        this.confirmCash = confirmCash;
        this.refund = refund;
        this.clock = clock;
    }

    @Post("/initiate")
    @Secured("customer")
    HttpResponse<?> initiate(Authentication authentication, @Body BlueWorkBodies.Initiate body) {
        Actor actor = currentActor.of(authentication);
        if (body.jobId() == null || !Prefixed.matches(body.jobId(), JobId.PREFIX)) {
            throw ApiError.validation(Map.of("job_id", "is required: a job id"));
        }
        PaymentMethod method = PaymentMethod.fromWireName(body.method())
                .orElseThrow(() -> ApiError.validation(Map.of("method", "must be one of card, gcash, maya, cash")));
        MoneyInput amount = body.amount() == null ? null : new MoneyInput(body.amount(), body.currency());
        JobId jobId = new JobId(body.jobId());
        PaymentResult result = create.create(new CreatePaymentCommand(actor, jobId, method, amount));
        // refuse-non-parties-openly: someone else's job is 403, as GET /jobs/:id answers
        ApiError notFound = result instanceof PaymentResult.NotFound && jobs.access(actor, jobId) == GetJobUseCase.Access.FORBIDDEN
                ? notTheCustomer() : jobNotFound();
        return answer(result, HttpStatus.CREATED, notFound, payment -> BlueWorkBodies.PaymentObject.of(payment, status(payment), true),
                notTheCustomer());
    }

    @Get("/{id}")
    HttpResponse<?> payment(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        return paymentId(id).flatMap(found -> get.get(actor, found)).<HttpResponse<?>>map(payment -> HttpResponse.ok(
                        BlueWorkBodies.PaymentObject.of(payment, status(payment), payment.customerId().equals(actor.id()))))
                .orElseGet(() -> notFound(actor, id, new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN",
                        "Only the job's customer, its worker and admins can see its payment")).response());
    }

    @Post("/{id}/cash-confirm")
    @Secured("provider")
    HttpResponse<?> confirmCash(Authentication authentication, @PathVariable String id) {
        Actor actor = currentActor.of(authentication);
        Optional<PaymentResult> result = paymentId(id).map(found -> confirmCash.confirm(actor, found));
        if (result.isEmpty() || result.get() instanceof PaymentResult.NotFound) {
            return notFound(actor, id, notTheWorker()).response();
        }
        return answer(result.get(), HttpStatus.OK, notFound(), payment -> new BlueWorkBodies.CashConfirmed(status(payment),
                payment.capturedAt() == null ? clock.instant() : payment.capturedAt()), notTheWorker());
    }

    /** Without an amount, everything still refundable. */
    @Post("/{id}/refund")
    @Secured("admin")
    HttpResponse<?> refund(Authentication authentication, @PathVariable String id, @Body BlueWorkBodies.RefundRequest body) {
        Optional<PaymentId> paymentId = paymentId(id);
        if (paymentId.isEmpty()) {
            return notFound().response();
        }
        RefundResult result = refund.refund(new RefundPaymentCommand(currentActor.of(authentication), paymentId.get(),
                body.amount() == null ? null : new MoneyInput(body.amount(), null), body.reason()));
        return answer(result.result(), HttpStatus.OK, notFound(), payment -> refundIssued(payment, result.refundId()),
                new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "Only admins can refund"));
    }

    private static BlueWorkBodies.RefundIssued refundIssued(Payment payment, RefundId refundId) {
        Refund made = payment.refunds().stream().filter(r -> r.id().equals(refundId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("refund " + refundId + " was not recorded"));
        String status = switch (made.status()) {
            case PENDING -> "processing";
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
        };
        return new BlueWorkBodies.RefundIssued(made.id().value(), made.amount().amount(), status,
                payment.method() == PaymentMethod.CASH ? "given back in cash" : "3-5 business days");
    }

    /** BlueWork's four payment statuses where the core has one of them; the core's own word for the rest. */
    static String status(Payment payment) {
        return BlueWorkWords.paymentStatus(payment.status());
    }

    /**
     * The payment's body with the route's status (a payment the gateway has yet to answer too), or BlueWork's refusal;
     * {@code forbidden} is the route's own words for a caller it is not for.
     */
    private static HttpResponse<?> answer(PaymentResult result, HttpStatus done, ApiError notFound, Function<Payment, ?> body,
                                          ApiError forbidden) {
        return switch (result) {
            case PaymentResult.Ok ok -> HttpResponse.status(done).body(body.apply(ok.payment()));
            case PaymentResult.AlreadyReleased again -> HttpResponse.status(done).body(body.apply(again.payment()));
            case PaymentResult.GatewayUnavailable unavailable -> HttpResponse.status(done).body(body.apply(unavailable.payment()));
            case PaymentResult.NotFound missing -> notFound.response();
            case PaymentResult.Invalid invalid -> ApiError.validation(invalid.fields()).response();
            case PaymentResult.Conflict conflict -> new ApiError(HttpStatus.CONFLICT, "ALREADY_PAID",
                    "The payment changed while this request ran; read it again.").response();
            case PaymentResult.Declined declined ->
                    new ApiError(HttpStatus.PAYMENT_REQUIRED, "PAYMENT_DECLINED", "The payment was declined.").response();
            case PaymentResult.Refused refused -> refusal(refused.reason(), forbidden).response();
        };
    }

    private static ApiError refusal(PaymentRejection reason, ApiError forbidden) {
        return switch (reason) {
            case ROLE_NOT_ALLOWED, NOT_ASSIGNED_PROVIDER -> forbidden;
            case ALREADY_PAID -> new ApiError(HttpStatus.CONFLICT, "ALREADY_PAID", "Payment already processed for this job");
            case JOB_NOT_COMPLETED, JOB_NOT_PAYABLE ->
                    new ApiError(HttpStatus.BAD_REQUEST, "JOB_NOT_COMPLETED", "Job must be completed before payment");
            case NOT_CASH_PAYMENT -> new ApiError(HttpStatus.BAD_REQUEST, "NOT_CASH_PAYMENT", "Payment method is not cash");
            case METHOD_NOT_SUPPORTED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "PAYMENT_METHOD_UNSUPPORTED",
                    "No configured gateway takes this method yet.");
            case AMOUNT_MISMATCH, CURRENCY_MISMATCH -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "AMOUNT_MISMATCH",
                    "The amount must be the job's price.");
            case NOT_RELEASABLE, NOT_REFUNDABLE -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "PAYMENT_NOT_CAPTURED",
                    "Nothing was paid yet.");
            case REFUND_EXCEEDS_CAPTURED -> new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "REFUND_EXCEEDS_PAYMENT",
                    "A refund is never more than was paid less refunded.");
        };
    }

    private static Optional<PaymentId> paymentId(String id) {
        return Prefixed.matches(id, PaymentId.PREFIX) ? Optional.of(new PaymentId(id)) : Optional.empty();
    }

    private static ApiError notFound() {
        return ApiError.notFound("PAYMENT_NOT_FOUND", "No payment with that ID");
    }

    /** refuse-non-parties-openly: an existing payment the caller is not party to is {@code forbidden}, not unknown. */
    private ApiError notFound(Actor actor, String id, ApiError forbidden) {
        return paymentId(id).map(found -> get.access(actor, found)).orElse(GetJobUseCase.Access.NOT_FOUND)
                == GetJobUseCase.Access.FORBIDDEN ? forbidden : notFound();
    }

    private static ApiError notTheCustomer() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "Only the job's customer can pay for it");
    }

    private static ApiError notTheWorker() {
        return new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "Only the assigned worker can confirm");
    }

    private static ApiError jobNotFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "No job with that ID");
    }
}
