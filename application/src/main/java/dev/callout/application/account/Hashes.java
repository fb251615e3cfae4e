package dev.callout.application.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How secrets are stored. Refresh tokens carry 256 random bits, so a plain SHA-256 is enough;
 * six-digit codes would fall to a dictionary of a million, so they are keyed with a server-side
 * secret (HMAC-SHA256) that never reaches the database.
 */
public final class Hashes {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec codeKey;

    public Hashes(byte[] codeSecret) {
        if (codeSecret.length < 16) {
            throw new IllegalArgumentException("the code secret needs at least 16 bytes");
        }
        this.codeKey = new SecretKeySpec(codeSecret.clone(), HMAC);
    }

    /**
     * The code key derived from a server secret (the token-signing secret), so the database alone
     * cannot reverse a code and the server keeps one secret, not two.
     */
    public static Hashes derivedFrom(String serverSecret) {
        return new Hashes(hmac(new SecretKeySpec(serverSecret.getBytes(StandardCharsets.UTF_8), HMAC),
                "callout verification codes"));
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code bound to where it was sent, so a code for one address never matches another's. */
    public String code(String destination, String code) {
        return HexFormat.of().formatHex(hmac(codeKey, destination + "\n" + code));
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
