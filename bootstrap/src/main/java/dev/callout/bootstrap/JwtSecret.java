package dev.callout.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key access tokens are signed with: CALLOUT_JWT_SECRET when set (required for several
 * nodes), else one generated on first start and kept in the data directory, so tokens survive
 * a restart.
 */
final class JwtSecret {

    static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final int MIN_LENGTH = 32;

    private JwtSecret() {
    }

    static String resolve(Path dataDirectory) {
        String configured = System.getenv("CALLOUT_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("CALLOUT_JWT_SECRET must be at least " + MIN_LENGTH + " characters");
            }
            return configured;
        }
        Path file = dataDirectory.resolve("jwt-secret");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[48];
                new SecureRandom().nextBytes(key);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, secret, StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; read theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
