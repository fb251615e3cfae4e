package dev.callout.application;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects per-field problems while a command checks its input, then throws them all at once. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors require(boolean condition, String field, String problem) {
        if (!condition) {
            errors.putIfAbsent(field, problem);
        }
        return this;
    }

    public FieldErrors maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public FieldErrors notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "is required");
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }
}
