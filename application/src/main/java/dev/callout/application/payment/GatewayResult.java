package dev.callout.application.payment;

/** What a gateway call came to. */
public sealed interface GatewayResult<T> {

    record Done<T>(T value) implements GatewayResult<T> {
    }

    /** The customer's payment method was refused (card_declined, insufficient_funds, ...). */
    record Declined<T>(String code, String message) implements GatewayResult<T> {
    }

    /** The gateway refused the request itself (already captured, amount too large, ...). */
    record Rejected<T>(String code, String message) implements GatewayResult<T> {
    }

    /** No answer (network, rate limits after retries, the gateway's own errors): retry later with the same key. */
    record Unavailable<T>(String message) implements GatewayResult<T> {
    }
}
