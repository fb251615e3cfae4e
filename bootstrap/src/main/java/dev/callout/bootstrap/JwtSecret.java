package dev.callout.bootstrap;

import java.nio.file.Path;

/**
 * The key access tokens are signed with: CALLOUT_JWT_SECRET when set (required for several
 * nodes), else one generated on first start and kept in the data directory, so tokens survive
 * a restart.
 */
final class JwtSecret {

    static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    private JwtSecret() {
    }

    static String resolve(Path dataDirectory) {
        return KeptSecret.resolve("CALLOUT_JWT_SECRET", dataDirectory.resolve("jwt-secret"));
    }
}
