package dev.callout.domain.catalog;

import java.util.Locale;
import java.util.Optional;

/** What an order detail holds: text, a number, yes or no, or a calendar date (ISO, 2030-06-30). */
public enum FieldType {
    STRING, NUMBER, BOOLEAN, DATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromWireName(String name) {
        for (FieldType type : values()) {
            if (type.wireName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
