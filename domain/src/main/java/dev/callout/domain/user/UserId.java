package dev.callout.domain.user;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;

public record UserId(String value) {

    public static final String PREFIX = "usr";

    public UserId {
        Prefixed.require(value, PREFIX);
    }

    public static UserId next(IdGenerator ids) {
        return new UserId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
