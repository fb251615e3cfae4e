package dev.callout.application.inmemory;

import dev.callout.application.contract.WebhooksContract;
import dev.callout.application.port.Webhooks;

class InMemoryWebhooksTest extends WebhooksContract {

    private final InMemoryWebhooks webhooks = new InMemoryWebhooks();

    @Override
    protected Webhooks webhooks() {
        return webhooks;
    }
}
