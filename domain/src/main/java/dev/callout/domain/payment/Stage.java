package dev.callout.domain.payment;

import dev.callout.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/** Where the money itself is, with what that stage knows: not yet taken, held, taken, released unused, or failed. */
public sealed interface Stage {

    /** What a cancelled hold shows when the gateway let it lapse uncaptured: the customer is asked to pay again. */
    Failed HOLD_LAPSED = new Failed("hold_lapsed", "the hold on the card lapsed before it was captured; pay again");

    /** The stage's name as stored: {@code pending}, {@code authorized}, {@code captured}, {@code cancelled}, {@code failed}. */
    String storedName();

    /** The gateway may still move the payment: pending, failed (the customer may retry) or held. */
    default boolean open() {
        return this instanceof Pending || this instanceof Failed || this instanceof Authorized;
    }

    /** The failure the stage shows: its own, or the one a cancelled payment had before; null for none. */
    default Failed failure() {
        return this instanceof Failed f ? f : this instanceof Cancelled c ? c.lastFailure() : null;
    }

    record Pending() implements Stage {
        @Override
        public String storedName() {
            return "pending";
        }
    }

    /** The card is held for the amount. */
    record Authorized() implements Stage {
        @Override
        public String storedName() {
            return "authorized";
        }
    }

    /** {@code amount} reached the platform at {@code at}; {@code released} once it was divided into fee and earning. */
    record Captured(Money amount, Instant at, boolean released) implements Stage {
        public Captured {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(at, "at");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a capture is positive: " + amount);
            }
        }

        Captured releasedNow() {
            return new Captured(amount, at, true);
        }

        @Override
        public String storedName() {
            return "captured";
        }
    }

    /**
     * The hold was released or the payment given up. {@code lastFailure} is the failure that came before,
     * if the payment failed first (null otherwise), so the customer still sees why.
     */
    record Cancelled(Failed lastFailure) implements Stage {
        @Override
        public String storedName() {
            return "cancelled";
        }
    }

    /** The gateway refused the card or a capture, with its code and message. */
    record Failed(String code, String message) implements Stage {
        @Override
        public String storedName() {
            return "failed";
        }
    }
}
