package dev.callout.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Password hashing ({@code callout.passwords.*}, e.g. CALLOUT_PASSWORDS_ARGON2_MEMORY_KIB=19456):
 * Argon2id with 19 MiB and 2 iterations by default, OWASP's minimum.
 */
@ConfigurationProperties("callout.passwords")
public class PasswordSettings {

    private int argon2MemoryKib = 19_456;
    private int argon2Iterations = 2;

    public int getArgon2MemoryKib() {
        return argon2MemoryKib;
    }

    public void setArgon2MemoryKib(int argon2MemoryKib) {
        this.argon2MemoryKib = argon2MemoryKib;
    }

    public int getArgon2Iterations() {
        return argon2Iterations;
    }

    public void setArgon2Iterations(int argon2Iterations) {
        this.argon2Iterations = argon2Iterations;
    }
}
