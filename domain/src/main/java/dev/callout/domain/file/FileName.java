package dev.callout.domain.file;

import java.text.Normalizer;

/**
 * An uploaded file's name as a client sent it, reduced to a safe base name before it is stored or
 * echoed: no directory parts (also after Unicode compatibility folding, so a fullwidth solidus is
 * a slash), no control, format (bidi overrides, zero-width) or unassigned characters, none of
 * {@code " * : < > ? | \ /}, no leading dots, whitespace collapsed, at most {@link #MAX_LENGTH}
 * code points with the extension kept. Applying it twice changes nothing.
 */
public final class FileName {

    public static final int MAX_LENGTH = 100;
    private static final int MAX_EXTENSION = 10;
    private static final String RESERVED = "\"*:<>?|";

    private FileName() {
    }

    /** The safe base name, or null when nothing of the name is left. */
    public static String safe(String raw) {
        // Removing a character can bring a base and a combining mark together, which the next
        // folding composes: reduce until nothing changes (two rounds in practice).
        String name = raw;
        for (int round = 0; round < 4 && name != null; round++) {
            String reduced = reduce(name);
            if (name.equals(reduced)) {
                break;
            }
            name = reduced;
        }
        return name;
    }

    private static String reduce(String raw) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String base = folded.substring(Math.max(folded.lastIndexOf('/'), folded.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(base.length());
        boolean space = false;
        for (int i = 0; i < base.length(); ) {
            int c = base.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !kept.isEmpty();
            } else if (allowed(c)) {
                if (space) {
                    kept.append(' ');
                    space = false;
                }
                kept.appendCodePoint(RESERVED.indexOf(c) >= 0 ? '_' : c);
            }
        }
        int start = 0;
        while (start < kept.length() && (kept.charAt(start) == '.' || kept.charAt(start) == ' ')) {
            start++;
        }
        String name = shortened(kept.substring(start));
        return name.isEmpty() ? null : name;
    }

    private static boolean allowed(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** At most {@link #MAX_LENGTH} code points, cutting the stem rather than a short extension. */
    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.codePointCount(dot, name.length()) <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
