package dev.callout.rest.error;

import dev.callout.rest.json.InvalidJsonInput;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A 400 for input the server could not read: bad JSON, a value of the wrong type, a query value
 * that does not convert. Names the field when it is known, in the client's spelling
 * ({@code location.lat}, {@code categories[1]}), and never repeats the parser's own words, which
 * carry class names and source positions.
 */
final class MalformedRequest {

    static final String CODE = "MALFORMED_REQUEST";
    private static final String UNREADABLE = "the request could not be read: a malformed body, or a value of the wrong type";

    private MalformedRequest() {
    }

    static ErrorEnvelope describe(Throwable cause) {
        if (cause instanceof ConversionErrorException conversion && !"body".equals(conversion.getArgument().getName())) {
            String name = snakeCase(conversion.getArgument().getName());
            return ErrorEnvelope.of(CODE, "'" + name + "' has the wrong type or format",
                    Map.of(name, "has the wrong type or format"));
        }
        SerdeException located = null;
        InvalidJsonInput stated = null;
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (located == null && t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                located = serde;
            }
            if (stated == null && t instanceof InvalidJsonInput input) {
                stated = input;
            }
        }
        if (located == null) {
            String message = stated == null ? UNREADABLE : stated.getMessage();
            return ErrorEnvelope.of(CODE, message.startsWith("must") ? "the request body " + message : message, Map.of());
        }
        String field = fieldName(located.getPath());
        String problem = stated == null ? "has the wrong type or is not valid JSON" : stated.getMessage();
        return ErrorEnvelope.of(CODE, "'" + field + "' " + problem, Map.of(field, problem));
    }

    /** Serde records the path innermost first. */
    private static String fieldName(List<ReferencePath> path) {
        StringBuilder name = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            switch (path.get(i)) {
                case PropertyReferencePath property ->
                        name.append(name.isEmpty() ? "" : ".").append(snakeCase(property.property().getName()));
                case CollectionItemReferencePath item -> name.append('[').append(item.index()).append(']');
                case MapItemReferencePath entry -> name.append(name.isEmpty() ? "" : ".").append(entry.key());
                default -> {
                }
            }
        }
        return name.toString();
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
