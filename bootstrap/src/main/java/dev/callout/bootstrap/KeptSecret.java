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
 * A key the server needs across restarts: the environment variable when set (required when
 * several nodes share a database), else one generated on first start into a file only its owner
 * may read, in the data directory.
 */
final class KeptSecret {

    static final int MIN_LENGTH = 32;

    private KeptSecret() {
    }

    static String resolve(String environmentVariable, Path file) {
        String configured = System.getenv(environmentVariable);
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException(environmentVariable + " must be at least " + MIN_LENGTH + " characters");
            }
            return configured;
        }
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
