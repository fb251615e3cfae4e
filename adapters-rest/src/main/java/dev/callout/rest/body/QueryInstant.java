package dev.callout.rest.body;

import dev.callout.rest.error.ApiError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A moment in a query: an ISO instant, or an ISO date standing for whole days (UTC): the start of
 * that day for a period's start, the end of it (the next day's start) for a period's end.
 */
public final class QueryInstant {

    private QueryInstant() {
    }

    /** Null when absent; anything else unreadable is a 400 naming the parameter. */
    public static Instant start(String value, String name) {
        return parse(value, name, false);
    }

    public static Instant end(String value, String name) {
        return parse(value, name, true);
    }

    private static Instant parse(String value, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.validation(Map.of(name, "must be an ISO date (2026-02-24) or instant (2026-02-24T10:00:00Z)"));
        }
    }
}
