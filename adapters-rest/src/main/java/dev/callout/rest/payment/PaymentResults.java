package dev.callout.rest.payment;

import dev.callout.application.payment.PaymentResult;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentRejection;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.function.Function;

/**
 * Maps what a payment command came to straight onto its answer: the body with the route's status
 * (202 while the gateway has yet to answer), or the envelope with the refusal's.
 */
public final class PaymentResults {

    private PaymentResults() {
    }

    public static HttpResponse<?> answer(PaymentResult result, HttpStatus done, ApiError notFound, Function<Payment, ?> body) {
        return switch (result) {
            case PaymentResult.Ok ok -> HttpResponse.status(done).body(body.apply(ok.payment()));
            case PaymentResult.AlreadyReleased again -> HttpResponse.status(done).body(body.apply(again.payment()));
            case PaymentResult.GatewayUnavailable unavailable ->
                    HttpResponse.status(HttpStatus.ACCEPTED).body(body.apply(unavailable.payment()));
            case PaymentResult.NotFound missing -> notFound.response();
            case PaymentResult.Invalid invalid -> ApiError.validation(invalid.fields()).response();
            case PaymentResult.Conflict conflict -> new ApiError(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                    "the payment changed while this request ran; read it again and retry").response();
            case PaymentResult.Declined declined -> new ApiError(HttpStatus.PAYMENT_REQUIRED, "PAYMENT_DECLINED",
                    (declined.message() == null ? "the payment was declined" : declined.message()) + " (" + declined.code() + ")")
                    .response();
            case PaymentResult.Refused refused -> refusal(refused.reason()).response();
        };
    }

    public static ApiError notFound() {
        return ApiError.notFound("PAYMENT_NOT_FOUND", "payment not found");
    }

    public static ApiError jobNotFound() {
        return ApiError.notFound("JOB_NOT_FOUND", "job not found");
    }

    private static ApiError refusal(PaymentRejection reason) {
        HttpStatus status = switch (reason) {
            case ROLE_NOT_ALLOWED, NOT_ASSIGNED_PROVIDER -> HttpStatus.FORBIDDEN;
            case ALREADY_PAID -> HttpStatus.CONFLICT;
            case JOB_NOT_COMPLETED, NOT_CASH_PAYMENT -> HttpStatus.BAD_REQUEST;
            case JOB_NOT_PAYABLE, METHOD_NOT_SUPPORTED, AMOUNT_MISMATCH, NOT_RELEASABLE, NOT_REFUNDABLE,
                 REFUND_EXCEEDS_CAPTURED, CURRENCY_MISMATCH -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        String code = switch (reason) {
            case ROLE_NOT_ALLOWED, NOT_ASSIGNED_PROVIDER -> "FORBIDDEN";
            case METHOD_NOT_SUPPORTED -> "PAYMENT_METHOD_UNSUPPORTED";
            case NOT_RELEASABLE -> "PAYMENT_NOT_RELEASABLE";
            case NOT_REFUNDABLE -> "PAYMENT_NOT_CAPTURED";
            default -> reason.name();
        };
        return new ApiError(status, code, reason.message());
    }
}
