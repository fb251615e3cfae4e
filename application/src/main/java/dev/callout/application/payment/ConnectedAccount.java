package dev.callout.application.payment;

import java.util.Objects;

/** A connected account as the gateway knows it: whether charges may send it transfers now. */
public record ConnectedAccount(String id, boolean canReceiveTransfers) {

    public ConnectedAccount {
        Objects.requireNonNull(id, "id");
    }
}
