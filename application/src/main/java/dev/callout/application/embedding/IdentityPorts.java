package dev.callout.application.embedding;

import dev.callout.application.account.AccountPolicy;
import dev.callout.application.account.Hashes;
import dev.callout.application.inmemory.InMemoryLoginAttempts;
import dev.callout.application.inmemory.InMemorySessions;
import dev.callout.application.inmemory.InMemoryVerificationCodes;
import dev.callout.application.inmemory.Pbkdf2PasswordHasher;
import dev.callout.application.inmemory.RecordingCodeSender;
import dev.callout.application.port.CodeSender;
import dev.callout.application.port.GoogleIdentities;
import dev.callout.application.port.LoginAttempts;
import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Sessions;
import dev.callout.application.port.VerificationCodes;
import java.security.SecureRandom;
import java.util.Objects;

/** The ports and policies of a {@link CalloutCore}'s {@link Identity} use cases, in memory until swapped. */
public final class IdentityPorts {

    Sessions sessions = new InMemorySessions();
    VerificationCodes verificationCodes = new InMemoryVerificationCodes();
    LoginAttempts loginAttempts = new InMemoryLoginAttempts();
    CodeSender codeSender = new RecordingCodeSender();
    PasswordHasher passwordHasher = new Pbkdf2PasswordHasher(600_000);
    GoogleIdentities google = idToken -> new GoogleIdentities.Verification.Refused("Google sign-in is not configured");
    AccountPolicy policy = AccountPolicy.DEFAULT;
    Hashes hashes = new Hashes(randomKey());

    IdentityPorts() {
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public IdentityPorts sessions(Sessions sessions) {
        this.sessions = Objects.requireNonNull(sessions);
        return this;
    }

    public IdentityPorts verificationCodes(VerificationCodes verificationCodes) {
        this.verificationCodes = Objects.requireNonNull(verificationCodes);
        return this;
    }

    public IdentityPorts loginAttempts(LoginAttempts loginAttempts) {
        this.loginAttempts = Objects.requireNonNull(loginAttempts);
        return this;
    }

    /** Default: records the codes it is asked to send ({@link RecordingCodeSender#sent()}). */
    public IdentityPorts codeSender(CodeSender codeSender) {
        this.codeSender = Objects.requireNonNull(codeSender);
        return this;
    }

    /** Default: PBKDF2-HMAC-SHA256 with 600,000 iterations. */
    public IdentityPorts passwordHasher(PasswordHasher passwordHasher) {
        this.passwordHasher = Objects.requireNonNull(passwordHasher);
        return this;
    }

    /** Default: Google sign-in is refused as not configured. */
    public IdentityPorts googleIdentities(GoogleIdentities google) {
        this.google = Objects.requireNonNull(google);
        return this;
    }

    public IdentityPorts policy(AccountPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
        return this;
    }

    /** How codes are keyed; default: a random key of this core's own. */
    public IdentityPorts codeHashes(Hashes hashes) {
        this.hashes = Objects.requireNonNull(hashes);
        return this;
    }
}
