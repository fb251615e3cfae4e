package dev.callout.rest.profile.depannini;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Depannini's dates, {@code dd:mm:yy} (31:12:27 is 31 December 2027): two-digit years are 2000 to 2099. */
final class DepanniniDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd:MM:uu").withResolverStyle(ResolverStyle.STRICT);

    private DepanniniDates() {
    }

    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String format(LocalDate date) {
        return date == null ? null : FORMAT.format(date);
    }
}
