package dev.callout.domain.id;

import java.util.regex.Pattern;

/** Checks that an identifier carries its type's prefix, then letters, digits and underscores only (64 characters at most). */
public final class Prefixed {

    public static final int MAX_LENGTH = 64;
    private static final Pattern BODY = Pattern.compile("[0-9A-Za-z_]+");

    private Prefixed() {
    }

    public static String require(String value, String prefix) {
        if (!matches(value, prefix)) {
            throw new IllegalArgumentException("not a " + prefix + " id");
        }
        return value;
    }

    public static boolean matches(String value, String prefix) {
        return value != null && value.length() <= MAX_LENGTH && value.startsWith(prefix + "_")
                && BODY.matcher(value).region(prefix.length() + 1, value.length()).matches();
    }
}
