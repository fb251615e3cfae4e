package dev.callout.rest.body;

import dev.callout.rest.error.ApiError;
import java.util.Map;

/**
 * A true/false query value, read strictly: the framework would take "yes", "on" or "1" for true
 * and anything else, "maybe" included, for false.
 */
public final class QueryFlag {

    private QueryFlag() {
    }

    /** {@code true} or {@code false}, null when absent; any other text is a 400 naming the parameter. */
    public static Boolean parse(String value, String name) {
        return switch (value) {
            case null -> null;
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.validation(Map.of(name, "must be true or false"));
        };
    }
}
