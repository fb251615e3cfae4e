package dev.callout.domain.job;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;

public record JobId(String value) {

    public static final String PREFIX = "job";

    public JobId {
        Prefixed.require(value, PREFIX);
    }

    public static JobId next(IdGenerator ids) {
        return new JobId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
