package dev.callout.application.port;

/** Checks a Google ID token: signature, issuer, audience, expiry and a verified email. */
public interface GoogleIdentities {

    sealed interface Verification {
        record Verified(String subject, String email, String name) implements Verification {
        }

        record Refused(String reason) implements Verification {
        }
    }

    Verification verify(String idToken);
}
