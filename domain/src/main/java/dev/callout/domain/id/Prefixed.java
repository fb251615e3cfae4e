package dev.callout.domain.id;

/** Checks that an identifier carries its type's prefix, then letters, digits and underscores only (64 characters at most). */
public final class Prefixed {

    public static final int MAX_LENGTH = 64;

    private Prefixed() {
    }

    public static String require(String value, String prefix) {
        if (!matches(value, prefix)) {
            throw new IllegalArgumentException("not a " + prefix + " id");
        }
        return value;
    }

    /** Checked character by character: every id read back from a store passes here (a regular expression was 3% of a job read). */
    public static boolean matches(String value, String prefix) {
        int body = prefix.length() + 1;
        if (value == null || value.length() <= body || value.length() > MAX_LENGTH || !value.startsWith(prefix)
                || value.charAt(prefix.length()) != '_') {
            return false;
        }
        for (int i = body; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
