package dev.callout.application.port;

import dev.callout.application.payment.GatewayEvent;

/** Reads a gateway's webhook: checks its signature on the raw body and says what it reports. */
public interface GatewayEvents {

    Verification verify(String payload, String signatureHeader);

    sealed interface Verification {
        record Verified(GatewayEvent event) implements Verification {
        }

        /** Unsigned, badly signed, stale or from the future: nothing is done with it. */
        record Refused(String reason) implements Verification {
        }

        /** Correctly signed but not an event that can be read (not JSON, a field missing or of the wrong kind). */
        record Unreadable(String reason) implements Verification {
        }
    }
}
