package dev.callout.domain.id;

/** Checks that an identifier carries its type's prefix. */
public final class Prefixed {

    private Prefixed() {
    }

    public static String require(String value, String prefix) {
        if (value == null || !value.startsWith(prefix + "_") || value.length() <= prefix.length() + 1 || value.length() > 64) {
            throw new IllegalArgumentException("not a " + prefix + " id: " + value);
        }
        return value;
    }

    public static boolean matches(String value, String prefix) {
        return value != null && value.startsWith(prefix + "_") && value.length() > prefix.length() + 1 && value.length() <= 64;
    }
}
