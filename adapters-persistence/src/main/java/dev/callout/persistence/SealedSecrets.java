package dev.callout.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets that must be read back (webhook signing secrets), sealed with AES-256-GCM: a random
 * 96-bit nonce per value, the owner's id as associated data (a sealed value copied to another row
 * does not open), the key the SHA-256 of the configured key text.
 */
final class SealedSecrets {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SealedSecrets(String keyText) {
        if (keyText == null || keyText.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("callout.webhooks.secrets-key must be at least " + MIN_KEY_LENGTH + " characters");
        }
        try {
            key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(keyText.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String seal(String owner, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, owner, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                .put(sealed).array());
    }

    String open(String owner, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("the secret of " + owner + " is not sealed in a known format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(cipher(Cipher.DECRYPT_MODE, owner, nonce, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, String owner, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the secret of " + owner + " does not open with this secrets key "
                    + "(was callout.webhooks.secrets-key changed?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
