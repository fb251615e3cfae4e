package dev.callout.application;

import java.util.Map;
import java.util.TreeMap;

/** A command that cannot be built from its input; lists what is wrong with each field. */
public class InvalidCommandException extends IllegalArgumentException {

    private final Map<String, String> fields;

    public InvalidCommandException(Map<String, String> fields) {
        super("invalid input: " + new TreeMap<>(fields));
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
