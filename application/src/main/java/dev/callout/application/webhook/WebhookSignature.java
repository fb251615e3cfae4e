package dev.callout.application.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private static final int MAX_HEADER_LENGTH = 1024;

    private WebhookSignature() {
    }

    public static String header(String secret, Instant at, byte[] body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t, body);
    }

    /**
     * Whether {@code header} signs {@code body} with {@code secret} at a time within {@code tolerance}
     * of {@code now}; any {@code v1} of the header may match (a sender rolling its secret sends two).
     */
    public static boolean verifies(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null || header.length() > MAX_HEADER_LENGTH) {
            return false;
        }
        Long t = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                t = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (t == null || Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        return signatures.stream().anyMatch(given ->
                MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII)));
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
