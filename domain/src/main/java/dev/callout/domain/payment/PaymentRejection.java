package dev.callout.domain.payment;

/** Why a payment command was refused: expected outcomes, not errors. */
public enum PaymentRejection {
    ROLE_NOT_ALLOWED("your role may not do this"),
    NOT_ASSIGNED_PROVIDER("only the provider assigned to the job may do this"),
    ALREADY_PAID("this job already has a payment"),
    JOB_NOT_COMPLETED("this payment method pays for completed work: complete the job first"),
    JOB_NOT_PAYABLE("the job cannot be paid now: it has no provider yet, or it was cancelled"),
    METHOD_NOT_SUPPORTED("this payment method is not supported by the configured payment gateway"),
    AMOUNT_MISMATCH("the amount differs from the job's price"),
    NOT_CASH_PAYMENT("this payment is not a cash payment"),
    NOT_RELEASABLE("this payment cannot be released in its current status"),
    NOT_REFUNDABLE("nothing has been captured on this payment, so nothing can be refunded"),
    REFUND_EXCEEDS_CAPTURED("the refund is more than what was captured and not yet refunded"),
    CURRENCY_MISMATCH("the currency differs from the payment's");

    private final String message;

    PaymentRejection(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
