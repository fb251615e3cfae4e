package dev.callout.domain.user;

import dev.callout.domain.text.TextRule;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises the two ways people identify themselves: an email address or a phone number. Either
 * is one line of text ({@link TextRule#SINGLE_LINE}) before it is normalised.
 */
public final class Identifier {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{7,15}$");
    private static final int MAX_RAW_LENGTH = 254;

    private Identifier() {
    }

    /** Lower-cased and trimmed, or empty if it is not an email address. */
    public static Optional<String> email(String raw) {
        if (!typed(raw)) {
            return Optional.empty();
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /** Digits with an optional leading plus, separators removed, or empty if it is not a phone number. */
    public static Optional<String> phone(String raw) {
        if (!typed(raw)) {
            return Optional.empty();
        }
        String phone = raw.trim().replaceAll("[\\s().-]", "");
        return PHONE.matcher(phone).matches() ? Optional.of(phone) : Optional.empty();
    }

    private static boolean typed(String raw) {
        return raw != null && raw.length() <= MAX_RAW_LENGTH && TextRule.SINGLE_LINE.problemWith(raw).isEmpty();
    }
}
