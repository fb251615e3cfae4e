package dev.callout.rest.profile.chayenity;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Chayenity's ids are UUIDs. Callout's are a prefix and 26 Crockford base-32 characters holding 128
 * bits (48 of time, 80 random), exactly a UUID's size: so each id is shown as the UUID of its bits,
 * and read back with the prefix the field implies. No table, and never the prefixed id on the wire.
 */
final class Uuids {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern BODY = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    /** The UUID for a Callout id ({@code usr_01J…}); null stays null. */
    static String of(String prefixedId) {
        if (prefixedId == null) {
            return null;
        }
        String body = prefixedId.substring(prefixedId.indexOf('_') + 1);
        if (!BODY.matcher(body).matches()) {
            throw new IllegalArgumentException("not a time-ordered id");
        }
        long high = 0;
        long low = 0;
        for (char c : body.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            high = (high << 5) | (low >>> 59);
            low = (low << 5) | digit;
        }
        return new UUID(high, low).toString();
    }

    /** The Callout id with {@code prefix} that {@code uuid} shows; empty when it is not a UUID. */
    static Optional<String> toId(String uuid, String prefix) {
        if (uuid == null || !UUID_TEXT.matcher(uuid).matches()) {
            return Optional.empty();
        }
        UUID parsed = UUID.fromString(uuid.toLowerCase(Locale.ROOT));
        long high = parsed.getMostSignificantBits();
        long low = parsed.getLeastSignificantBits();
        char[] out = new char[26];
        for (int i = 25; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (low & 31));
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return Optional.of(prefix + "_" + new String(out));
    }
}
