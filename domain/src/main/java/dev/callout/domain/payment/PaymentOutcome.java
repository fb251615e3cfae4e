package dev.callout.domain.payment;

import java.util.List;

/** What a payment command or a gateway fact came to. */
public sealed interface PaymentOutcome {

    /** The payment changed; the ledger entries and events it caused are to be recorded with it. */
    record Changed(Payment payment, List<LedgerEntry> entries, List<PaymentEvent> events) implements PaymentOutcome {
        public Changed {
            entries = List.copyOf(entries);
            events = List.copyOf(events);
        }
    }

    /** Nothing to do: the payment already is where the command would take it. */
    record Unchanged(Payment payment) implements PaymentOutcome {
    }

    record Refused(PaymentRejection reason) implements PaymentOutcome {
    }
}
