package dev.callout.domain.review;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;

public record ReviewId(String value) {

    public static final String PREFIX = "rev";

    public ReviewId {
        Prefixed.require(value, PREFIX);
    }

    public static ReviewId next(IdGenerator ids) {
        return new ReviewId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
