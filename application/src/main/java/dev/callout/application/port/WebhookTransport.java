package dev.callout.application.port;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * POSTs a delivery to an endpoint. The URL is checked against the address rules (resolving its
 * host) before any connection, which then goes to a checked address; redirects are never followed;
 * the whole exchange ends within {@code timeout}.
 */
public interface WebhookTransport {

    /** Why the URL may not be delivered to now (its scheme, notation or resolved addresses), or empty. */
    Optional<String> refusal(String url);

    Outcome post(String url, byte[] body, Map<String, String> headers, Duration timeout);

    /** How an attempt ended; reasons are plain words fit for an admin's eyes. */
    sealed interface Outcome {

        /** The receiver answered with this status (a redirect included). */
        record Answered(int status) implements Outcome {
        }

        /** Not attempted: the URL or its addresses are not allowed. */
        record Refused(String reason) implements Outcome {
        }

        /** No answer: the connection failed or the timeout passed. */
        record Failed(String reason) implements Outcome {
        }
    }
}
