package dev.callout.domain.catalog;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The details an order gave, checked against its service's schema: text and dates as strings,
 * numbers as exact decimals without trailing zeros, yes or no as booleans.
 */
public record OrderDetails(Map<String, Object> values) {

    public OrderDetails {
        Map<String, Object> canonical = new TreeMap<>();
        values.forEach((name, value) -> canonical.put(Objects.requireNonNull(name), canonical(value)));
        values = Collections.unmodifiableMap(canonical);
    }

    private static Object canonical(Object value) {
        return switch (value) {
            case String text -> text;
            case Boolean flag -> flag;
            case Number number -> Objects.requireNonNull(exact(number), "a finite number");
            default -> throw new IllegalArgumentException("an order detail is text, a number or a boolean");
        };
    }

    /**
     * The number as a decimal without trailing zeros (never in exponent form), or null when it is not
     * finite or has more digits than {@link DetailField#MAX_NUMBER_DIGITS} and {@link DetailField#MAX_NUMBER_DECIMALS} allow.
     */
    static BigDecimal exact(Number number) {
        BigDecimal decimal;
        if (number instanceof BigDecimal given) {
            decimal = given;
        } else if (number instanceof Double || number instanceof Float) {
            double real = number.doubleValue();
            if (!Double.isFinite(real)) {
                return null;
            }
            decimal = new BigDecimal(Double.toString(real));
        } else {
            decimal = new BigDecimal(number.toString());
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > DetailField.MAX_NUMBER_DIGITS
                || stripped.scale() > DetailField.MAX_NUMBER_DECIMALS) {
            return null;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
