package dev.callout.rest.realtime;

import java.math.BigInteger;
import java.util.Map;

/** A socket frame's JSON values read as the types they are: no string is taken for a number. */
final class FrameValues {

    private FrameValues() {
    }

    static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    /** A JSON integer that fits an event id; null for anything else (a fraction, a string, a negative). */
    static Long eventId(Object value) {
        Long id = switch (value) {
            case Integer small -> small.longValue();
            case Long big -> big;
            case BigInteger huge when huge.bitLength() < Long.SIZE -> huge.longValue();
            default -> null;
        };
        return id == null || id < 0 ? null : id;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
