package dev.callout.domain.text;

import java.util.Optional;

/**
 * Which characters a text a person typed may hold. Every text is well-formed Unicode (no lone
 * surrogate) and carries no control character. Free text (descriptions, messages, comments,
 * reasons, notes) may use tabs and line feeds. Single-line text (names, addresses, ids, codes,
 * emails, phones) may not break lines, and may not carry the bidirectional overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069) that make a text display in another order than it is stored.
 */
public enum TextRule {

    SINGLE_LINE,
    FREE_TEXT;

    /** Why the value breaks this rule, or empty when it keeps it; null keeps every rule. */
    public Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!isWellFormed(value)) {
            return Optional.of("must be valid Unicode text");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (this == FREE_TEXT && (c == '\t' || c == '\n')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return Optional.of(this == FREE_TEXT ? "must not contain control characters other than tab and line feed"
                        : "must not contain control characters or line breaks");
            }
            if (this == SINGLE_LINE && (c == '\u2028' || c == '\u2029')) {
                return Optional.of("must not contain control characters or line breaks");
            }
            if (this == SINGLE_LINE && isBidiControl(c)) {
                return Optional.of("must not contain bidirectional override or isolate characters");
            }
        }
        return Optional.empty();
    }

    /** True unless the text has a surrogate that is not half of a pair. */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
