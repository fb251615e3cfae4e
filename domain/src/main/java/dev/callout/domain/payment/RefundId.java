package dev.callout.domain.payment;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;

public record RefundId(String value) {

    public static final String PREFIX = "ref";

    public RefundId {
        Prefixed.require(value, PREFIX);
    }

    public static RefundId next(IdGenerator ids) {
        return new RefundId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
