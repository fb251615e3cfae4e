package dev.callout.application.port;

/** One-way password hashing with a per-password salt. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
