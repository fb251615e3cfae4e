package dev.callout.rest.payment;

import dev.callout.application.payment.PaymentResult;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentRejection;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpStatus;

/** Maps what a payment command came to onto HTTP: the payment, or the envelope with the right status. */
public final class PaymentResults {

    private PaymentResults() {
    }

    /** The payment, and whether the gateway still has to answer (202). */
    public record Answer(Payment payment, boolean accepted) {
    }

    public static Answer orThrow(PaymentResult result, String notFoundCode) {
        return switch (result) {
            case PaymentResult.Ok ok -> new Answer(ok.payment(), false);
            case PaymentResult.GatewayUnavailable unavailable -> new Answer(unavailable.payment(), true);
            case PaymentResult.NotFound notFound -> throw ApiError.notFound(notFoundCode,
                    notFoundCode.equals("JOB_NOT_FOUND") ? "job not found" : "payment not found");
            case PaymentResult.Invalid invalid -> throw ApiError.validation(invalid.fields());
            case PaymentResult.Conflict conflict -> throw new ApiError(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                    "the payment changed while this request ran; read it again and retry");
            case PaymentResult.Declined declined -> throw new ApiError(HttpStatus.PAYMENT_REQUIRED, "PAYMENT_DECLINED",
                    (declined.message() == null ? "the payment was declined" : declined.message()) + " (" + declined.code() + ")");
            case PaymentResult.Refused refused -> throw refusal(refused.reason());
        };
    }

    public static ApiError notFound() {
        return ApiError.notFound("PAYMENT_NOT_FOUND", "payment not found");
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
