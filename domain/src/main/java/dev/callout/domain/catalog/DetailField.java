package dev.callout.domain.catalog;

import dev.callout.domain.text.TextRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field an order of a service must (or may) give: its name, its type, whether it is required,
 * and for text the choices it is limited to (none: any text).
 */
public record DetailField(String name, FieldType type, boolean required, List<String> choices) {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_CHOICES = 50;
    public static final int MAX_CHOICE_LENGTH = 120;
    public static final int MAX_TEXT_LENGTH = 1000;
    /** Numbers are kept exactly: at most this many digits before and after the point. */
    public static final int MAX_NUMBER_DIGITS = 15;
    public static final int MAX_NUMBER_DECIMALS = 6;

    public DetailField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if (!choices.isEmpty() && type != FieldType.STRING) {
            throw new IllegalArgumentException("only text fields have choices");
        }
    }

    /** Why {@code value} (null: not given) does not fit this field, if it does not. */
    public Optional<String> problemWith(Object value) {
        if (value == null) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        return switch (type) {
            case STRING -> value instanceof String text ? textProblem(text) : Optional.of("must be text");
            case NUMBER -> value instanceof Number number ? numberProblem(number) : Optional.of("must be a number");
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : Optional.of("must be true or false");
            case DATE -> value instanceof String text && isDate(text) ? Optional.empty()
                    : Optional.of("must be a date such as 2030-06-30");
        };
    }

    private Optional<String> textProblem(String text) {
        if (!choices.isEmpty()) {
            return choices.contains(text) ? Optional.empty() : Optional.of("must be one of " + String.join(", ", choices));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of("must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return TextRule.FREE_TEXT.problemWith(text);
    }

    private static Optional<String> numberProblem(Number number) {
        if (OrderDetails.exact(number) == null) {
            return Optional.of("must have at most " + MAX_NUMBER_DIGITS + " digits and " + MAX_NUMBER_DECIMALS + " decimals");
        }
        return Optional.empty();
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
