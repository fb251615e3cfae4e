package dev.callout.rest.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.callout.application.port.PasswordHasher;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), stored as a PHC string
 * so the parameters can be raised later without breaking existing hashes.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    private final Argon2Function argon2;

    public Argon2idPasswordHasher(int memoryKib, int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
    }

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        if (!hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
