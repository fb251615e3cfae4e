package dev.callout.application.inmemory;

import dev.callout.application.contract.EventHistoryContract;
import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.payment.PaymentEventCodec;
import dev.callout.application.port.EventHistory;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import java.util.List;

class InMemoryEventHistoryTest extends EventHistoryContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox(new InMemoryLiveEvents(),
            new EventCodecs(List.of(new JobEventCodec(), new DispatchEventCodec(), new PaymentEventCodec())));

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected EventHistory history() {
        return outbox;
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }
}
