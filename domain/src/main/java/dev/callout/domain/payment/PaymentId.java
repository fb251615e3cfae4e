package dev.callout.domain.payment;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;

public record PaymentId(String value) {

    public static final String PREFIX = "pay";

    public PaymentId {
        Prefixed.require(value, PREFIX);
    }

    public static PaymentId next(IdGenerator ids) {
        return new PaymentId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
