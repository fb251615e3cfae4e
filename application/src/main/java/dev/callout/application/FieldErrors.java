package dev.callout.application;

import dev.callout.domain.text.TextRule;
import java.util.Collection;
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

    /** A name, address, id, code, email or phone: at most {@code max} characters on one line ({@link TextRule#SINGLE_LINE}). */
    public FieldErrors singleLine(String value, int max, String field) {
        return text(TextRule.SINGLE_LINE, value, max, field);
    }

    /** A description, message, comment, reason or note: at most {@code max} characters ({@link TextRule#FREE_TEXT}). */
    public FieldErrors freeText(String value, int max, String field) {
        return text(TextRule.FREE_TEXT, value, max, field);
    }

    /** At most {@code maxItems} values, each a single line of at most {@code maxLength} characters. */
    public FieldErrors singleLines(Collection<String> values, int maxItems, int maxLength, String field) {
        require(values == null || values.size() <= maxItems, field, "at most " + maxItems + " values");
        if (values != null) {
            values.forEach(value -> require(value != null, field, "must not contain null")
                    .singleLine(value, maxLength, field));
        }
        return this;
    }

    private FieldErrors text(TextRule rule, String value, int max, String field) {
        maxLength(value, max, field);
        rule.problemWith(value).ifPresent(problem -> require(false, field, problem));
        return this;
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
