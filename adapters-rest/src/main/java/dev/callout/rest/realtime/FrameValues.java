package dev.callout.rest.realtime;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/** A socket frame's JSON values read as the types they are: no string is taken for a number. */
public final class FrameValues {

    private FrameValues() {
    }

    /** A text frame read as a JSON object; empty for anything else, which each socket answers in its own dialect. */
    public static Optional<Map<String, Object>> object(JsonMapper json, String text) {
        try {
            return Optional.ofNullable(json.readValue(text, Argument.mapOf(String.class, Object.class)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
