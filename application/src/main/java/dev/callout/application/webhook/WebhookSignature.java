package dev.callout.application.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Callout-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">},
 * keyed with the endpoint's secret as UTF-8 text (Stripe's scheme, so its recipes carry over).
 */
public final class WebhookSignature {

    public static final String HEADER = "Callout-Signature";
    public static final String EVENT_ID_HEADER = "Callout-Event-Id";
    private static final String SECRET_PREFIX = "whsec_";

    private WebhookSignature() {
    }

    public static String header(String secret, Instant at, byte[] body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t, body);
    }

    static String hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A new secret: 32 random bytes, URL-safe base64, after {@code whsec_}. Pass a {@link SecureRandom}. */
    public static String newSecret(RandomGenerator random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
