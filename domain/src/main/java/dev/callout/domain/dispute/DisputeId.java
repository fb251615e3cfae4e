package dev.callout.domain.dispute;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;

public record DisputeId(String value) {

    public static final String PREFIX = "dsp";

    public DisputeId {
        Prefixed.require(value, PREFIX);
    }

    public static DisputeId next(IdGenerator ids) {
        return new DisputeId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
